package vn.nhiemvu.importer;

/** A unit of the importing agency, as the organisation module knows it: its code and its name. */
public record AgencyUnit(String code, String name) {
}
