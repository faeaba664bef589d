package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.audit.AuditEntry;

/** A task with everything its page shows: the directive, units, people, timeline and audit trail. */
public record TaskDetails(long id, int version, String content, Directive directive, Long parentId,
        String parentContent, Long seriesId, String periodKey, boolean series, long issuerId, String issuerName,
        long leadUnitId, String leadUnitName, List<Ref> supportUnits, List<Ref> assignees, LocalDate assignedOn,
        Deadline deadline, LocalDate writtenDue, LocalDate originalDue, LocalDate dueDate, WorkState workState,
        LocalDate startedOn, LocalDate haltedOn, LocalDate completedOn, String result, Ref resultAttachment,
        LocalDate reportedOn, String reportedResult, String reportedBy,
        TaskStatus status, LocalDate asOf, long daysLate, List<TaskRow> subTasks, List<ProgressEntry> progress,
        List<ExtensionEntry> extensions, List<UrgeEntry> urges, List<AuditEntry> audit, TaskActions can) {

    public boolean extended() {
        return dueDate != null && !dueDate.equals(originalDue);
    }

    public boolean hasPendingExtension() {
        return extensions.stream().anyMatch(ExtensionEntry::pending);
    }
}
