package vn.nhiemvu.task;

/** The office sent a reported completion back; the unit must be told why. */
public record TaskCompletionReturned(long taskId, long agencyId, String content, String note, String returnedBy) {
}
