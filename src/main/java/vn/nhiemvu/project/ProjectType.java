package vn.nhiemvu.project;

/** Loại hình (§2). Reports group the first four as "ĐTDA" (đề tài, dự án). */
public enum ProjectType {
    DE_TAI, DU_AN_SXTN, DU_AN_KHCN, DU_AN_UNG_DUNG, DE_AN, KHAC;

    public boolean researchOrDevelopment() {
        return this == DE_TAI || this == DU_AN_SXTN || this == DU_AN_KHCN || this == DU_AN_UNG_DUNG;
    }
}
