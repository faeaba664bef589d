package vn.nhiemvu.notify;

import java.time.OffsetDateTime;

/** A notice in a user's bell. */
public record Notice(long id, Long taskId, String kind, String title, String body, String link, OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
