package vn.nhiemvu.task;

import java.time.LocalDate;

/** A unit asked for a later deadline; a leader has to decide. */
public record ExtensionRequested(long taskId, long extensionId, long agencyId, LocalDate requestedDeadline) {
}
