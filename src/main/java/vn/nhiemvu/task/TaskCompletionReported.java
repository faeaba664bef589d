package vn.nhiemvu.task;

import java.time.LocalDate;

/** A unit reported a task completed; the office must confirm it (domain spec §2.5.7). */
public record TaskCompletionReported(long taskId, long agencyId, String content, LocalDate reportedOn,
        String reportedBy) {
}
