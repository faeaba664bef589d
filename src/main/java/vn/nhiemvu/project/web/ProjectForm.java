package vn.nhiemvu.project.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.project.AssignmentMethod;
import vn.nhiemvu.project.Budget;
import vn.nhiemvu.project.BudgetYear;
import vn.nhiemvu.project.DepartmentRole;
import vn.nhiemvu.project.DocumentDraft;
import vn.nhiemvu.project.DocumentKind;
import vn.nhiemvu.project.Investigator;
import vn.nhiemvu.project.LumpSumMethod;
import vn.nhiemvu.project.NtmnManagement;
import vn.nhiemvu.project.ProjectDetails;
import vn.nhiemvu.project.ProjectDraft;
import vn.nhiemvu.project.ProjectLevel;
import vn.nhiemvu.project.ProjectOrigin;
import vn.nhiemvu.project.ProjectState;
import vn.nhiemvu.project.ProjectType;
import vn.nhiemvu.project.ScienceField;

/**
 * The form to record a project (a proposal, or a project already under way) or edit its record. The budget by
 * year is one line per year ("2024: 600000000"). An edit carries the version it was read at.
 */
record ProjectForm(
        String code,
        @NotBlank(message = "{project.title.required}") @Size(max = 2000, message = "{project.title.size}") String title,
        String shortName,
        @NotNull(message = "{project.level.required}") ProjectLevel level,
        String programme,
        NtmnManagement ntmnManagement,
        DepartmentRole role,
        ProjectType type,
        ProjectOrigin origin,
        Boolean supplementary,
        String batch,
        AssignmentMethod assignmentMethod,
        LumpSumMethod lumpSumMethod,
        @NotNull(message = "{project.field.required}") ScienceField field,
        String fieldDetail,
        String proposer,
        String managingAuthority,
        Long hostId,
        String hostName,
        String hostParent,
        String investigatorName,
        String investigatorTitle,
        String investigatorAffiliation,
        String secretary,
        String partners,
        String locations,
        String objectives,
        String content,
        String methods,
        @NotNull(message = "{project.startYear.required}") Integer startYear,
        Integer durationMonths,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn,
        Long totalBudget,
        Long stateBudget,
        Long otherBudget,
        Long lumpSumBudget,
        String budgetYears,
        Long unitId,
        Boolean classified,
        Integer legalRegime,
        ProjectState initialState,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate stateSince,
        DocumentKind proposalKind,
        String proposalNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposalDate,
        MultipartFile proposalFile,
        int version) {

    static ProjectForm empty(int year, Long unitId, LocalDate today) {
        return new ProjectForm(null, "", null, ProjectLevel.TINH, null, null, DepartmentRole.QUAN_LY,
                ProjectType.DE_TAI, ProjectOrigin.DE_XUAT, false, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, year + 1, null, null, null, null, null,
                null, null, null, unitId, false, 2013, ProjectState.DE_XUAT, today, DocumentKind.PHIEU_DE_XUAT, null,
                today, null, 0);
    }

    static ProjectForm of(ProjectDetails p) {
        StringBuilder years = new StringBuilder();
        for (BudgetYear year : p.budgetYears()) {
            years.append(year.year()).append(": ").append(year.stateAmount()).append('\n');
        }
        Investigator pi = p.investigator();
        return new ProjectForm(p.code(), p.title(), p.shortName(), p.level(), p.programme(), p.ntmnManagement(),
                p.role(), p.type(), p.origin(), p.supplementary(), p.batch(), p.assignmentMethod(), p.lumpSumMethod(),
                p.field(), p.fieldDetail(), p.proposer(), p.managingAuthority(),
                p.host() == null ? null : p.host().id(), null, p.hostParent(), pi == null ? null : pi.name(),
                pi == null ? null : pi.title(), pi == null ? null : pi.affiliation(), p.secretary(), p.partners(),
                p.locations(), p.objectives(), p.content(), p.methods(), p.startYear(), p.durationMonths(),
                p.startOn(), p.endOn(), p.budget().total(), p.budget().state(), p.budget().other(),
                p.budget().lumpSum(), years.toString().strip(), p.unitId(), p.classified(), p.legalRegime(), null,
                null, null, null, null, null, p.version());
    }

    ProjectDraft draft() {
        DocumentDraft proposal = proposalDate == null && (proposalNumber == null || proposalNumber.isBlank())
                && (proposalFile == null || proposalFile.isEmpty()) ? null
                : new DocumentDraft(proposalKind, proposalNumber, proposalDate, null, null,
                        ProjectForms.upload(proposalFile));
        return new ProjectDraft(code, title, shortName, level, programme, ntmnManagement, role, type, origin,
                Boolean.TRUE.equals(supplementary), batch, assignmentMethod, lumpSumMethod, field, fieldDetail, proposer,
                managingAuthority, hostId, hostName, hostParent,
                new Investigator(investigatorName, investigatorTitle, investigatorAffiliation), secretary, partners,
                locations, objectives, content, methods, startYear, durationMonths, startOn, endOn,
                new Budget(totalBudget, stateBudget, otherBudget, lumpSumBudget), years(budgetYears), null, unitId,
                null, null, Boolean.TRUE.equals(classified), legalRegime, initialState, stateSince, proposal);
    }

    /** "2024: 600000000" per line; dots and spaces in amounts are ignored. */
    static Map<Integer, Long> years(String text) {
        Map<Integer, Long> years = new LinkedHashMap<>();
        if (text == null) {
            return years;
        }
        for (String line : text.split("\\R")) {
            String[] parts = line.split("[:=]", 2);
            if (parts.length == 2) {
                try {
                    years.put(Integer.parseInt(parts[0].strip()),
                            Long.parseLong(parts[1].replaceAll("[\\s.,]", "")));
                } catch (NumberFormatException e) {
                    throw vn.nhiemvu.shared.Refused.invalid("project.budgetYears.format", line.strip());
                }
            }
        }
        return years;
    }

}
