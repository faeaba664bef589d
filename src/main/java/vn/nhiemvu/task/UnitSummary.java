package vn.nhiemvu.task;

/** One row of the units × statuses table. */
public record UnitSummary(long unitId, String unitName, TaskSummary summary) {
}
