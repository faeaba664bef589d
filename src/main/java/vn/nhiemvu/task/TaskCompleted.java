package vn.nhiemvu.task;

import java.time.LocalDate;

/** A task was completed. */
public record TaskCompleted(long taskId, long agencyId, long leadUnitId, LocalDate completedOn) {
}
