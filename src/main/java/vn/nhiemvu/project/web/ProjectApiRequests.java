package vn.nhiemvu.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.nhiemvu.project.ActivityCommand;
import vn.nhiemvu.project.ActivityKind;
import vn.nhiemvu.project.AssignmentMethod;
import vn.nhiemvu.project.Budget;
import vn.nhiemvu.project.CouncilConclusion;
import vn.nhiemvu.project.CouncilDraft;
import vn.nhiemvu.project.CouncilKind;
import vn.nhiemvu.project.CouncilRole;
import vn.nhiemvu.project.DepartmentRole;
import vn.nhiemvu.project.DocumentDraft;
import vn.nhiemvu.project.DocumentKind;
import vn.nhiemvu.project.Investigator;
import vn.nhiemvu.project.LifecycleEvent;
import vn.nhiemvu.project.LumpSumMethod;
import vn.nhiemvu.project.NtmnManagement;
import vn.nhiemvu.project.Product;
import vn.nhiemvu.project.ProjectChanges;
import vn.nhiemvu.project.ProjectDraft;
import vn.nhiemvu.project.ProjectLevel;
import vn.nhiemvu.project.ProjectOrigin;
import vn.nhiemvu.project.ProjectState;
import vn.nhiemvu.project.ProjectType;
import vn.nhiemvu.project.ScienceField;
import vn.nhiemvu.project.TerminationCase;
import vn.nhiemvu.project.TransitionCommand;
import vn.nhiemvu.shared.Refused;

/**
 * The JSON bodies of the project API. Codes arrive as strings and are read here, so that an unknown one is
 * refused with a Vietnamese message naming the field, in any letter case; a field also accepts its official digit.
 */
final class ProjectApiRequests {

    private ProjectApiRequests() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("project.api.unknownCode", field, value);
        }
    }

    static ScienceField fieldOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ScienceField.parse(value).orElseThrow(() -> Refused.invalid("project.api.unknownCode", "field", value));
    }

    record DocumentRequest(String kind, String number, LocalDate date, String signer, String summary) {

        DocumentDraft draft() {
            return new DocumentDraft(parse(DocumentKind.class, "document.kind", kind), number, date, signer, summary,
                    null);
        }

        static DocumentDraft draft(DocumentRequest request) {
            return request == null ? null : request.draft();
        }
    }

    record InvestigatorRequest(String name, String title, String affiliation) {

        static Investigator of(InvestigatorRequest request) {
            return request == null ? null : new Investigator(request.name(), request.title(), request.affiliation());
        }
    }

    /** Money in VND; {@code byYear} the state budget of each year. */
    record BudgetRequest(Long total, Long state, Long other, Long lumpSum, Map<Integer, Long> byYear) {

        static Budget of(BudgetRequest request) {
            return request == null ? null : new Budget(request.total(), request.state(), request.other(),
                    request.lumpSum());
        }

        static Map<Integer, Long> years(BudgetRequest request) {
            return request == null ? null : request.byYear();
        }
    }

    record ProductRequest(String kind, String name, String quantity, String requirement) {
    }

    record ProjectRequest(String code, String title, String shortName, String level, String programme,
            String ntmnManagement, String departmentRole, String type, String origin, Boolean supplementary,
            String batch, String assignmentMethod, String lumpSumMethod, String field, String fieldDetail,
            String proposer, String managingAuthority, Long hostId, String host, String hostParent,
            InvestigatorRequest principalInvestigator, String secretary, List<String> partners, String locations,
            String objectives, String content, String methods, Integer startYear, Integer durationMonths,
            LocalDate startOn, LocalDate endOn, BudgetRequest budget, List<ProductRequest> products, String unit,
            Long officerId, Boolean classified, Integer legalRegime, String state, LocalDate stateSince,
            DocumentRequest proposal) {

        ProjectDraft draft() {
            return new ProjectDraft(code, title, shortName, parse(ProjectLevel.class, "level", level), programme,
                    parse(NtmnManagement.class, "ntmnManagement", ntmnManagement),
                    parse(DepartmentRole.class, "departmentRole", departmentRole),
                    parse(ProjectType.class, "type", type), parse(ProjectOrigin.class, "origin", origin),
                    Boolean.TRUE.equals(supplementary), batch,
                    parse(AssignmentMethod.class, "assignmentMethod", assignmentMethod),
                    parse(LumpSumMethod.class, "lumpSumMethod", lumpSumMethod), fieldOf(field), fieldDetail, proposer,
                    managingAuthority, hostId, host, hostParent, InvestigatorRequest.of(principalInvestigator),
                    secretary, partners == null ? null : String.join("; ", partners), locations, objectives, content,
                    methods, startYear, durationMonths, startOn, endOn, BudgetRequest.of(budget),
                    BudgetRequest.years(budget),
                    products == null ? null : products.stream()
                            .map(p -> new Product(p.kind(), p.name(), p.quantity(), p.requirement())).toList(),
                    null, unit, officerId, Boolean.TRUE.equals(classified), legalRegime,
                    parse(ProjectState.class, "state", state), stateSince, DocumentRequest.draft(proposal));
        }
    }

    record TransitionRequest(String event, LocalDate on, DocumentRequest document, String reason, String rating,
            String terminationCase, Long hostId, String host, InvestigatorRequest principalInvestigator,
            LocalDate startOn, LocalDate endOn, Integer durationMonths, BudgetRequest budget, String lumpSumMethod) {

        TransitionCommand command() {
            LifecycleEvent parsed = parse(LifecycleEvent.class, "event", event);
            if (parsed == null) {
                throw Refused.invalid("project.transition.eventRequired");
            }
            return new TransitionCommand(parsed, on, DocumentRequest.draft(document), reason,
                    rating == null ? null : rating.strip().toUpperCase(Locale.ROOT),
                    parse(TerminationCase.class, "terminationCase", terminationCase),
                    new ProjectChanges(hostId, host, InvestigatorRequest.of(principalInvestigator), startOn, endOn,
                            durationMonths, BudgetRequest.of(budget), BudgetRequest.years(budget),
                            parse(LumpSumMethod.class, "lumpSumMethod", lumpSumMethod)));
        }
    }

    record EventRequest(String kind, LocalDate on, DocumentRequest document, Long amount, LocalDate newDate,
            LocalDate requestedOn, String note, String reason, InvestigatorRequest principalInvestigator, Long hostId,
            String host, List<String> partners, Integer recipients) {

        ActivityCommand command() {
            ActivityKind parsed = parse(ActivityKind.class, "kind", kind);
            if (parsed == null) {
                throw Refused.invalid("project.activity.kindRequired");
            }
            return new ActivityCommand(parsed, on, DocumentRequest.draft(document), amount, newDate, requestedOn, note,
                    reason, InvestigatorRequest.of(principalInvestigator), hostId, host,
                    partners == null ? null : String.join("; ", partners), recipients);
        }
    }

    record MemberRequest(String name, String title, String organisation, String role) {

        CouncilDraft.MemberDraft draft() {
            CouncilRole parsed = parse(CouncilRole.class, "role", role);
            return new CouncilDraft.MemberDraft(name, title, organisation, parsed == null ? CouncilRole.MEMBER : parsed);
        }
    }

    record CouncilRequest(String kind, LocalDate meetingOn, String decisionNumber, List<MemberRequest> members) {

        CouncilDraft draft() {
            return new CouncilDraft(parse(CouncilKind.class, "kind", kind), meetingOn, decisionNumber,
                    members == null ? List.of() : members.stream().map(MemberRequest::draft).toList());
        }
    }

    record VoteRequest(Long memberId, String vote, BigDecimal score, String comment) {
    }

    record ConclusionRequest(String conclusion, String rating, LocalDate minutesOn, String minutesNumber,
            String signer, List<VoteRequest> votes) {

        CouncilConclusion draft() {
            return new CouncilConclusion(conclusion, rating == null ? null : rating.strip().toUpperCase(Locale.ROOT),
                    minutesOn, minutesNumber, signer, votes == null ? List.of() : votes.stream()
                            .map(v -> new CouncilConclusion.Vote(v.memberId() == null ? -1 : v.memberId(), v.vote(),
                                    v.score(), v.comment()))
                            .toList());
        }
    }

    record HostRequest(String name, String parentName, Boolean active) {
    }

    record Created(long id) {
    }
}
