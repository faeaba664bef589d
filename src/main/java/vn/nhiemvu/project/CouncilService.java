package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

/**
 * Councils (hội đồng tư vấn) of a project: set up with their members (none with a conflict of interest), then
 * concluded once with each member's vote or score, the conclusion, the rating of an acceptance council, and the
 * minutes, which become the project's document (the identification council's minutes let the list be approved,
 * the acceptance council's rating decides between "đạt" and "không đạt").
 */
@Service
@Transactional(readOnly = true)
public class CouncilService {

    private final ProjectService projects;
    private final ProjectRepository repository;
    private final CouncilRepository councils;
    private final ProjectAccess access;
    private final AuditTrail audit;
    private final ProjectProperties settings;
    private final MessageSource messages;

    CouncilService(ProjectService projects, ProjectRepository repository, CouncilRepository councils,
            ProjectAccess access, AuditTrail audit, ProjectProperties settings, MessageSource messages) {
        this.projects = projects;
        this.repository = repository;
        this.councils = councils;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.messages = messages;
    }

    public List<CouncilView> councils(SignedInUser user, long projectId) {
        projects.load(user, projectId);
        return councils.councils(projectId);
    }

    /** The councils calendar: the meetings of a month, of one kind or all, among the projects the user sees. */
    public CouncilCalendar calendar(SignedInUser user, java.time.YearMonth month, CouncilKind kind) {
        return CouncilCalendar.of(month, kind,
                councils.meetings(access.visibility(user), month.atDay(1), month.atEndOfMonth(), kind));
    }

    @Transactional
    public long setUp(SignedInUser user, long projectId, CouncilDraft draft) {
        Project project = projects.lock(user, projectId);
        access.require(access.changes(user, project));
        if (draft.kind() == null) {
            throw Refused.invalid("project.council.kindRequired");
        }
        if (draft.meetingOn() == null) {
            throw Refused.invalid("project.council.meetingRequired");
        }
        List<CouncilDraft.MemberDraft> members = draft.members() == null ? List.of() : draft.members();
        members.forEach(member -> check(user, project, member));
        long id = councils.insert(user.agencyId(), projectId, draft.kind(), draft.meetingOn(),
                ProjectService.trim(draft.decisionNumber()), user.getUsername());
        members.forEach(member -> councils.insertMember(id, clean(member)));
        projects.save(project);
        audit.record(user.agencyId(), user.getUsername(), "project", projectId, "COUNCIL", Change.diff()
                .field("council", null, describe(draft.kind(), draft.meetingOn()))
                .field("members", null, members.isEmpty() ? null
                        : members.stream().map(CouncilDraft.MemberDraft::name).collect(Collectors.joining(", ")))
                .build());
        return id;
    }

    @Transactional
    public long addMember(SignedInUser user, long projectId, long councilId, CouncilDraft.MemberDraft member) {
        Project project = projects.lock(user, projectId);
        access.require(access.changes(user, project));
        CouncilView council = council(projectId, councilId);
        if (council.concluded()) {
            throw Refused.conflict("project.council.concluded");
        }
        check(user, project, member);
        long id = councils.insertMember(councilId, clean(member));
        projects.save(project);
        audit.record(user.agencyId(), user.getUsername(), "project", projectId, "COUNCIL_MEMBER", Change.diff()
                .field("member", null, member.name().strip() + " (" + messages.getMessage(
                        "project.CouncilRole." + member.role(), null, ProjectService.VIETNAMESE) + ")").build());
        return id;
    }

    @Transactional
    public void conclude(SignedInUser user, long projectId, long councilId, Integer version,
            CouncilConclusion conclusion) {
        Project project = projects.lock(user, projectId);
        access.require(access.changes(user, project));
        CouncilView council = council(projectId, councilId);
        if (council.concluded()) {
            throw Refused.conflict("project.council.concluded");
        }
        if (version != null && version != council.version()) {
            throw Refused.stale();
        }
        LocalDate today = projects.today();
        if (council.meetingOn().isAfter(today)) {
            throw Refused.invalid("project.council.notYetMet", Labels.date(council.meetingOn()));
        }
        if (council.members().isEmpty()) {
            throw Refused.invalid("project.council.noMembers");
        }
        String rating = ProjectService.trim(conclusion.rating());
        if (council.kind() == CouncilKind.ACCEPTANCE) {
            if (rating == null) {
                throw Refused.invalid("project.guard.ratingMissing");
            }
            if (!settings.scale(project.level).contains(rating)) {
                throw Refused.invalid("project.guard.ratingUnknown", rating, Labels.enumLabel(project.level));
            }
        }
        if (ProjectService.blank(conclusion.conclusion())) {
            throw Refused.invalid("project.council.conclusionRequired");
        }
        Set<Long> memberIds = council.members().stream().map(CouncilMemberView::id).collect(Collectors.toSet());
        List<CouncilConclusion.Vote> votes = conclusion.votes() == null ? List.of() : conclusion.votes();
        for (CouncilConclusion.Vote vote : votes) {
            if (!memberIds.contains(vote.memberId())) {
                throw Refused.invalid("project.council.memberUnknown", vote.memberId());
            }
            if (vote.score() != null && (vote.score().signum() < 0 || vote.score().doubleValue() > 100)) {
                throw Refused.invalid("project.council.scoreRange");
            }
        }
        LocalDate minutesOn = conclusion.minutesOn() != null ? conclusion.minutesOn() : council.meetingOn();
        if (minutesOn.isAfter(today)) {
            throw Refused.invalid("project.date.future", Labels.date(minutesOn));
        }
        String signer = ProjectService.blank(conclusion.signer()) ? settings.signer(council.kind().minutes(),
                project.level) : conclusion.signer().strip();
        long documentId = repository.insertDocument(user.agencyId(), projectId, council.kind().minutes(),
                ProjectService.trim(conclusion.minutesNumber()), minutesOn, signer,
                ProjectService.trim(conclusion.conclusion()), null, user.displayName());
        for (CouncilConclusion.Vote vote : votes) {
            councils.recordVote(councilId, vote.memberId(), ProjectService.trim(vote.vote()), vote.score(),
                    ProjectService.trim(vote.comment()));
        }
        if (!councils.conclude(councilId, council.version(), conclusion.conclusion().strip(), rating, documentId)) {
            throw Refused.stale();
        }
        projects.save(project);
        audit.record(user.agencyId(), user.getUsername(), "project", projectId, "COUNCIL_CONCLUSION", Change.diff()
                .field("council", null, describe(council.kind(), council.meetingOn()))
                .field("conclusion", null, conclusion.conclusion().strip())
                .field("rating", null, rating)
                .build());
    }

    /** The trail keeps what a reader needs: "Hội đồng tư vấn xác định nhiệm vụ, 20/07/2023". */
    private String describe(CouncilKind kind, LocalDate meetingOn) {
        return messages.getMessage("project.CouncilKind." + kind, null, ProjectService.VIETNAMESE) + ", "
                + Labels.date(meetingOn);
    }

    private CouncilView council(long projectId, long councilId) {
        return councils.find(projectId, councilId)
                .orElseThrow(() -> Refused.notFound("project.council.notFound", councilId));
    }

    private void check(SignedInUser user, Project project, CouncilDraft.MemberDraft member) {
        if (member == null || ProjectService.blank(member.name())) {
            throw Refused.invalid("project.council.memberNameRequired");
        }
        if (member.role() == null) {
            throw Refused.invalid("project.council.memberRoleRequired");
        }
        String hostName = project.hostId == null ? null
                : repository.host(user.agencyId(), project.hostId).map(HostOrganisation::name).orElse(null);
        Refused conflict = ConflictRule.conflictOf(member.name(), member.organisation(), project, hostName);
        if (conflict != null) {
            throw conflict;
        }
    }

    private static CouncilDraft.MemberDraft clean(CouncilDraft.MemberDraft member) {
        return new CouncilDraft.MemberDraft(member.name().strip(), ProjectService.trim(member.title()),
                ProjectService.trim(member.organisation()), member.role());
    }
}
