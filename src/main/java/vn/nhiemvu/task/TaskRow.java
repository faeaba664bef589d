package vn.nhiemvu.task;

import java.time.LocalDate;

/** A task as a list shows it, with its status on the list's as-of date. */
public record TaskRow(long id, String content, Long directiveId, String directiveReference,
        LocalDate directiveIssuedOn, String issuerName, long leadUnitId, String leadUnitName,
        DeadlineKind deadlineKind, String deadlineValue, String deadlineText, LocalDate writtenDue, LocalDate due,
        LocalDate completedOn, String result, String periodKey, TaskStatus status, boolean extended) {

    /**
     * The deadline as the appendix shows it: the written date of a dated task or of a recurring task's period,
     * otherwise its wording.
     */
    public String deadlineDisplay() {
        if ((deadlineKind == DeadlineKind.DATE || deadlineKind == DeadlineKind.RECURRING) && writtenDue != null) {
            return Dates.format(writtenDue);
        }
        if (deadlineText != null) {
            return deadlineText;
        }
        return writtenDue != null ? Dates.format(writtenDue) : "";
    }

    public boolean overdue() {
        return status == TaskStatus.DANG_QUA_HAN;
    }
}
