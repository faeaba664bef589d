package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.audit.AuditEntry;

/**
 * A project as its page and the API show it: the record (§3), its money, what is due next, the checklist after
 * acceptance, the timeline of transitions and events, documents, councils, what may happen next and the audit trail.
 */
public record ProjectDetails(long id, int version, String code, String title, String shortName, ProjectLevel level,
        String programme, NtmnManagement ntmnManagement, DepartmentRole role, ProjectType type, ProjectOrigin origin,
        boolean supplementary, String batch, AssignmentMethod assignmentMethod, LumpSumMethod lumpSumMethod,
        ScienceField field, String fieldDetail, String proposer, String managingAuthority, HostOrganisation host,
        String hostParent, Investigator investigator, String secretary, String partners, String locations,
        String objectives, String content, String methods, int startYear, Integer durationMonths, LocalDate startOn,
        LocalDate endOn, LocalDate extendedEndOn, LocalDate dossierDueOn, Budget budget, List<BudgetYear> budgetYears,
        Money money, List<Product> products, Long unitId, String unitName, Long officerId, String officerName,
        ProjectState state, LocalDate stateSince, Outcome outcome, String rating, LocalDate acceptedOn,
        String certificateNumber, LocalDate certificateOn, boolean classified, int legalRegime, List<DueItem> due,
        List<ChecklistItem> checklist, List<TimelineEntry> timeline, List<DocumentView> documents,
        List<CouncilView> councils, List<EventOption> transitions, List<ActivityOption> activities,
        List<String> ratings, ProjectActions can, List<AuditEntry> audit) {

    /** The name reports use: the short name when there is one. */
    public String name() {
        return shortName != null && !shortName.isBlank() ? shortName : title;
    }

    public LocalDate effectiveEnd() {
        return extendedEndOn != null ? extendedEndOn : endOn;
    }
}
