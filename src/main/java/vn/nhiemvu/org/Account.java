package vn.nhiemvu.org;

import java.time.OffsetDateTime;

/** A login of an agency, without its password. */
public record Account(long id, long agencyId, String username, Role role, Long personId, String personName,
        boolean active, OffsetDateTime lockedUntil, int version) {

    /** Locked for a while after repeated failed logins. */
    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
    }
}
