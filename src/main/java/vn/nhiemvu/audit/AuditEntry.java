package vn.nhiemvu.audit;

import java.time.OffsetDateTime;

/** One line of an audit trail, as shown on a record's history. */
public record AuditEntry(OffsetDateTime at, String actor, String action, String field, String before,
        String after) {
}
