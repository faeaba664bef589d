package vn.nhiemvu.task;

import java.time.OffsetDateTime;

/** An urging (đôn đốc) in a task's timeline. */
public record UrgeEntry(long id, String urgedBy, String note, OffsetDateTime urgedAt) {
}
