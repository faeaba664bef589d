package vn.nhiemvu.project;

/** Phương thức giao (§2). */
public enum AssignmentMethod {
    TUYEN_CHON, GIAO_TRUC_TIEP
}
