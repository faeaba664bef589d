package vn.nhiemvu.org;

/** What a user gives to create or edit a unit. */
public record UnitDraft(String code, String name, UnitKind kind) {
}
