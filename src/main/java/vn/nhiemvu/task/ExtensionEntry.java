package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An extension request (gia hạn) and its decision, kept whatever the outcome. */
public record ExtensionEntry(long id, LocalDate requestedDeadline, LocalDate newDue, LocalDate previousDue,
        String reason, String requestedBy, OffsetDateTime requestedAt, ExtensionStatus status, String decidedBy,
        LocalDate decidedOn, String decisionNote, boolean afterOverdue) {

    public boolean pending() {
        return status == ExtensionStatus.PENDING;
    }
}
