package vn.nhiemvu.task;

import java.time.LocalDate;

/** A task was assigned to a unit. */
public record TaskAssigned(long taskId, long agencyId, long leadUnitId, LocalDate dueDate) {
}
