package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office or a leader gives to assign a task. Units by id (pages) or by code (API); the issuer
 * defaults to the directive's; the assigned date to the directive's date.
 */
public record TaskDraft(Long directiveId, Long parentId, String content, Long issuerId, String issuerName,
        Long leadUnitId, String leadUnitCode, List<Long> supportUnitIds, List<String> supportUnitCodes,
        List<Long> assigneeIds, LocalDate assignedOn, Deadline deadline) {
}
