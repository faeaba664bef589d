package vn.nhiemvu.org;

/** What an administrator gives to create or edit an account; a blank password keeps the current one. */
public record AccountDraft(String username, String password, Role role, Long personId) {
}
