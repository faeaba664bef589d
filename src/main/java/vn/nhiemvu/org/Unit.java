package vn.nhiemvu.org;

/** A unit of an agency, as other modules and pages see it. */
public record Unit(long id, long agencyId, String code, String name, UnitKind kind, boolean active, int version) {
}
