package vn.nhiemvu.org;

/** An account to notify: where its in-application notices go, and its person's e-mail when there is one. */
public record Recipient(long accountId, long agencyId, String displayName, String email) {
}
