package vn.nhiemvu.project;

/** Nguồn hình thành (§2): ordered by an authority or proposed by an organisation or individual. */
public enum ProjectOrigin {
    DAT_HANG, DE_XUAT
}
