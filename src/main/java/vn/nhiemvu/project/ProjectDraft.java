package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project's record as a user enters or edits it (§3). A new record starts as a proposal ({@code DE_XUAT}) with its
 * proposal form, or, for a project already under way when it enters the system, at the state it is in since a date
 * ({@code initialState}, {@code stateSince}). Host by id or by name (a new name joins the agency's list).
 */
public record ProjectDraft(String code, String title, String shortName, ProjectLevel level, String programme,
        NtmnManagement ntmnManagement, DepartmentRole role, ProjectType type, ProjectOrigin origin,
        boolean supplementary, String batch, AssignmentMethod assignmentMethod, LumpSumMethod lumpSumMethod,
        ScienceField field, String fieldDetail, String proposer, String managingAuthority, Long hostId,
        String hostName, String hostParent, Investigator investigator, String secretary, String partners,
        String locations, String objectives, String content, String methods, Integer startYear,
        Integer durationMonths, LocalDate startOn, LocalDate endOn, Budget budget, Map<Integer, Long> budgetYears,
        List<Product> products, Long unitId, String unitCode, Long officerId, boolean classified,
        Integer legalRegime, ProjectState initialState, LocalDate stateSince, DocumentDraft proposal) {
}
