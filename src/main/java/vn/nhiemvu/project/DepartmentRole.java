package vn.nhiemvu.project;

/**
 * Vai trò của Sở (§2): only {@link #QUAN_LY} projects run the full workflow; for the others the ministry
 * decides and the transition guards are advisory (§4.2, last paragraph).
 */
public enum DepartmentRole {
    QUAN_LY, PHOI_HOP_QUAN_LY, THEO_DOI
}
