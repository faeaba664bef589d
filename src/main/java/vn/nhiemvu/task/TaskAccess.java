package vn.nhiemvu.task;

import org.springframework.stereotype.Component;

import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

/**
 * Who may do what with a task (issue #3, item 5): the office and leaders register directives and assign to
 * any unit; unit heads hand their unit's tasks to its people; staff change only tasks they are given or
 * their unit leads; only a leader decides an extension. Nobody sees another agency's tasks.
 */
@Component
class TaskAccess {

    boolean manages(SignedInUser user) {
        return user.is(Role.OFFICE) || user.is(Role.LEADER);
    }

    TaskQueries.Visibility visibility(SignedInUser user) {
        return new TaskQueries.Visibility(user.agencyId(), user.unitId(), user.personId(),
                user.role().seesWholeAgency());
    }

    boolean sees(SignedInUser user, AssignedTask task) {
        return task.agencyId == user.agencyId() && (user.role().seesWholeAgency() || works(user, task)
                || (user.unitId() != null && task.supportUnitIds.contains(user.unitId())));
    }

    boolean works(SignedInUser user, AssignedTask task) {
        return manages(user) || (user.unitId() != null && task.leadUnitId == user.unitId())
                || (user.personId() != null && task.assigneeIds.contains(user.personId()));
    }

    boolean assigns(SignedInUser user, AssignedTask task) {
        return manages(user) || (user.is(Role.UNIT_HEAD) && user.unitId() != null && task.leadUnitId == user.unitId());
    }

    boolean decides(SignedInUser user) {
        return user.is(Role.LEADER);
    }

    TaskActions actions(SignedInUser user, AssignedTask task) {
        return new TaskActions(works(user, task), manages(user), decides(user), assigns(user, task));
    }

    void requireManager(SignedInUser user) {
        if (!manages(user)) {
            throw Refused.forbidden();
        }
    }

    void require(boolean allowed) {
        if (!allowed) {
            throw Refused.forbidden();
        }
    }
}
