package vn.nhiemvu.project;

/**
 * The documents that close a stage or record an event (§4.1, §4.2, §4.3). The constants keep the official
 * Vietnamese abbreviations of document types (QĐ, BB, HĐ, TB, VB, GCN — NĐ 30/2020/NĐ-CP, Phụ lục III), as
 * the task module keeps "CV": they are what users read and write. Labels {@code project.DocumentKind.*}.
 */
public enum DocumentKind {
    PHIEU_DE_XUAT(false),
    BB_HD_XAC_DINH(false),
    QD_PHE_DUYET_DANH_MUC(true),
    TB_TUYEN_CHON(true),
    BB_HD_TUYEN_CHON(false),
    QD_PHE_DUYET_CHU_TRI(true),
    BB_THAM_DINH(false),
    QD_PHE_DUYET_NHIEM_VU(true),
    HOP_DONG(true),
    TB_DUNG(true),
    TB_TAM_DUNG(true),
    VB_TIEP_TUC(true),
    VB_DE_NGHI_NGHIEM_THU_SOM(false),
    HO_SO_NGHIEM_THU(false),
    BB_HD_NGHIEM_THU(false),
    BB_THANH_LY(false),
    QD_THU_HOI(true),
    QD_DUNG(true),
    QD_CHAM_DUT(true),
    BB_KIEM_TRA(false),
    BAO_CAO_DINH_KY(false),
    KL_GIUA_KY(false),
    CHUNG_TU_CAP_PHAT(false),
    QD_GIA_HAN(true),
    VB_CHAP_THUAN(true),
    QD_DIEU_CHINH(true),
    PHU_LUC_HOP_DONG(false),
    QD_THAY_DOI(true),
    QD_KH_LUA_CHON_NHA_THAU(true),
    KL_THANH_TRA(true),
    HO_SO_HOAN_THIEN(false),
    QD_CONG_NHAN(true),
    GCN_DANG_KY(true),
    QUYET_TOAN(false),
    QD_XU_LY_TAI_SAN(true),
    BB_CHUYEN_GIAO(false),
    QD_THANH_LAP_HD(true),
    THONG_BAO(true),
    BIEN_BAN(false),
    VAN_BAN_KHAC(false);

    private final boolean numbered;

    DocumentKind(boolean numbered) {
        this.numbered = numbered;
    }

    /** Decisions, contracts, notices and certificates carry a number; minutes and dossiers often do not. */
    public boolean numbered() {
        return numbered;
    }
}
