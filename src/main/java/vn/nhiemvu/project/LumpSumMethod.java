package vn.nhiemvu.project;

/** Phương thức khoán (§2). */
public enum LumpSumMethod {
    KHOAN_DEN_SAN_PHAM, KHOAN_TUNG_PHAN, KHONG_KHOAN
}
