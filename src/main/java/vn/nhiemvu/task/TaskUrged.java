package vn.nhiemvu.task;

/** The office or a leader urged a task; whoever does it must be told at once. */
public record TaskUrged(long taskId, long agencyId, String content, String note, String urgedBy) {
}
