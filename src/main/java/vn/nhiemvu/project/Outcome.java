package vn.nhiemvu.project;

import java.util.EnumSet;
import java.util.Set;

/** Kết cục of a closed project (§4.1). */
public enum Outcome {
    HOAN_THANH, KHONG_DAT, CHAM_DUT, KHONG_DUOC_XAC_DINH, KHONG_TRIEN_KHAI;

    /** Closed during a year with one of these, a project is managed in that year (§5). */
    public static final Set<Outcome> COUNTED = EnumSet.of(HOAN_THANH, KHONG_DAT, CHAM_DUT);
}
