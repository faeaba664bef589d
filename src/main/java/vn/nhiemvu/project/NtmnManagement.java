package vn.nhiemvu.project;

/** Who manages an NTMN project (§2): the ministry, or the province by delegation. */
public enum NtmnManagement {
    TRUNG_UONG, DIA_PHUONG
}
