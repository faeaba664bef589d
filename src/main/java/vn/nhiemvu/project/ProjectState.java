package vn.nhiemvu.project;

import java.util.EnumSet;
import java.util.Set;

/** Trạng thái (§4.1), in the order of the lifecycle; labels {@code project.ProjectState.*}. */
public enum ProjectState {
    DE_XUAT, TUYEN_CHON, THAM_DINH, CHO_HOP_DONG, DANG_THUC_HIEN, TAM_DUNG, CHO_NGHIEM_THU, DANG_NGHIEM_THU,
    SAU_NGHIEM_THU, KHONG_DAT, DUNG, DONG;

    /** The states in which a project counts as managed in a year (§5): selection to after-acceptance, failed, stopped. */
    public static final Set<ProjectState> MANAGED = EnumSet.of(TUYEN_CHON, THAM_DINH, CHO_HOP_DONG, DANG_THUC_HIEN,
            TAM_DUNG, CHO_NGHIEM_THU, DANG_NGHIEM_THU, SAU_NGHIEM_THU, KHONG_DAT, DUNG);

    /** From the contract on: money may move (§4.3, "Cấp kinh phí"). */
    public static final Set<ProjectState> CONTRACTED = EnumSet.of(CHO_HOP_DONG, DANG_THUC_HIEN, TAM_DUNG,
            CHO_NGHIEM_THU, DANG_NGHIEM_THU, SAU_NGHIEM_THU);

    public boolean closed() {
        return this == DONG;
    }
}
