package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A dated progress note of a task. */
public record ProgressEntry(long id, LocalDate reportedOn, String author, String note, Integer percent,
        Long attachmentId, String attachmentName, OffsetDateTime createdAt) {
}
