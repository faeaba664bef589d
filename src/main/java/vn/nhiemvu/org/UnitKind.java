package vn.nhiemvu.org;

/** The kind of a unit inside a Department. Labels: {@code UnitKind.<NAME>}. */
public enum UnitKind {
    LEADERSHIP, OFFICE, INSPECTORATE, DIVISION, SUB_DEPARTMENT, CENTER, OTHER
}
