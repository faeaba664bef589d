package vn.nhiemvu.org;

/** What a user gives to create or edit a person. */
public record PersonDraft(String fullName, String position, Long unitId, String email, String phone) {
}
