package vn.nhiemvu.project;

import org.springframework.stereotype.Component;

import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

/**
 * Who may do what with projects: leaders, the office and administrators see the whole agency's portfolio; a unit's
 * people see the projects their unit manages (phòng phụ trách). Leaders, the office and the managing unit's people
 * record and move them; only an administrator reopens a closed record (§4.2). Nobody sees another agency's projects:
 * they answer 404 like ones that do not exist.
 */
@Component
class ProjectAccess {

    /** What a user's lists and figures cover: the whole agency, or one unit. */
    record Visibility(long agencyId, Long unitId, boolean wholeAgency) {
    }

    Visibility visibility(SignedInUser user) {
        return new Visibility(user.agencyId(), user.unitId(), user.role().seesWholeAgency());
    }

    boolean sees(SignedInUser user, Project project) {
        return project.agencyId == user.agencyId() && (user.role().seesWholeAgency()
                || (user.unitId() != null && user.unitId().equals(project.unitId)));
    }

    boolean changes(SignedInUser user, Project project) {
        return user.is(Role.LEADER) || user.is(Role.OFFICE)
                || ((user.is(Role.UNIT_HEAD) || user.is(Role.STAFF)) && user.unitId() != null
                        && user.unitId().equals(project.unitId));
    }

    boolean creates(SignedInUser user) {
        return user.is(Role.LEADER) || user.is(Role.OFFICE)
                || ((user.is(Role.UNIT_HEAD) || user.is(Role.STAFF)) && user.unitId() != null);
    }

    /** Whether the user may manage the list of host organisations. */
    boolean managesHosts(SignedInUser user) {
        return creates(user) || user.is(Role.ADMIN);
    }

    boolean reopens(SignedInUser user) {
        return user.is(Role.ADMIN);
    }

    ProjectActions actions(SignedInUser user, Project project) {
        // A project closed as completed still takes the events after completion (§4.5).
        boolean open = project.state != ProjectState.DONG || project.outcome == Outcome.HOAN_THANH;
        return new ProjectActions(changes(user, project) && open,
                reopens(user) && project.state == ProjectState.DONG);
    }

    void require(boolean allowed) {
        if (!allowed) {
            throw Refused.forbidden();
        }
    }
}
