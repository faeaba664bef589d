package vn.nhiemvu.project;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Events that leave the state unchanged (§4.3 during execution, §4.1 the after-acceptance checklist, §4.5 after
 * completion): the states each may happen in and the documents that record it, the usual one first. Labels
 * {@code project.ActivityKind.*}.
 */
public enum ActivityKind {
    INSPECTION(EnumSet.of(ProjectState.DANG_THUC_HIEN, ProjectState.TAM_DUNG, ProjectState.CHO_NGHIEM_THU), true,
            DocumentKind.BB_KIEM_TRA),
    PERIODIC_REPORT(EnumSet.of(ProjectState.DANG_THUC_HIEN), true, DocumentKind.BAO_CAO_DINH_KY),
    MID_TERM_REVIEW(EnumSet.of(ProjectState.DANG_THUC_HIEN), true, DocumentKind.KL_GIUA_KY),
    DISBURSEMENT(ProjectState.CONTRACTED, true, DocumentKind.CHUNG_TU_CAP_PHAT),
    REFUND(union(ProjectState.CONTRACTED, EnumSet.of(ProjectState.KHONG_DAT, ProjectState.DUNG)), true,
            DocumentKind.QD_THU_HOI),
    EXTENSION(EnumSet.of(ProjectState.DANG_THUC_HIEN), true, DocumentKind.QD_GIA_HAN, DocumentKind.VB_CHAP_THUAN),
    DOSSIER_EXTENSION(EnumSet.of(ProjectState.CHO_NGHIEM_THU), true, DocumentKind.VB_CHAP_THUAN),
    ADJUSTMENT(EnumSet.of(ProjectState.DANG_THUC_HIEN), true, DocumentKind.QD_DIEU_CHINH, DocumentKind.VB_CHAP_THUAN,
            DocumentKind.PHU_LUC_HOP_DONG),
    INVESTIGATOR_CHANGE(Constants.CHANGEABLE, true, DocumentKind.QD_THAY_DOI, DocumentKind.VB_CHAP_THUAN),
    HOST_CHANGE(Constants.CHANGEABLE, true, DocumentKind.QD_THAY_DOI),
    PARTNER_CHANGE(Constants.CHANGEABLE, true, DocumentKind.QD_THAY_DOI, DocumentKind.VB_CHAP_THUAN,
            DocumentKind.PHU_LUC_HOP_DONG),
    PROCUREMENT(EnumSet.of(ProjectState.DANG_THUC_HIEN), true, DocumentKind.QD_KH_LUA_CHON_NHA_THAU),
    WORKSHOP(ProjectState.MANAGED, false, DocumentKind.VAN_BAN_KHAC),
    AUDIT(ProjectState.MANAGED, true, DocumentKind.KL_THANH_TRA),
    DOSSIER_COMPLETED(EnumSet.of(ProjectState.SAU_NGHIEM_THU), false, DocumentKind.HO_SO_HOAN_THIEN),
    RECOGNITION(EnumSet.of(ProjectState.SAU_NGHIEM_THU), true, DocumentKind.QD_CONG_NHAN),
    REGISTRATION(EnumSet.of(ProjectState.SAU_NGHIEM_THU), true, DocumentKind.GCN_DANG_KY),
    SETTLEMENT(EnumSet.of(ProjectState.SAU_NGHIEM_THU), true, DocumentKind.QUYET_TOAN),
    ASSETS_HANDLED(EnumSet.of(ProjectState.SAU_NGHIEM_THU), false, DocumentKind.QD_XU_LY_TAI_SAN),
    TRANSFER(EnumSet.of(ProjectState.DONG), false, DocumentKind.BB_CHUYEN_GIAO),
    PUBLICATION(EnumSet.of(ProjectState.DONG), false, DocumentKind.VAN_BAN_KHAC),
    POST_EVALUATION(EnumSet.of(ProjectState.DONG), false, DocumentKind.VAN_BAN_KHAC);

    /** The after-acceptance checklist (§4.1 SAU_NGHIEM_THU): all required before liquidation, in any order. */
    public static final List<ActivityKind> CHECKLIST = List.of(DOSSIER_COMPLETED, RECOGNITION, REGISTRATION,
            SETTLEMENT, ASSETS_HANDLED);

    private final Set<ProjectState> states;
    private final boolean documentRequired;
    private final List<DocumentKind> documents;

    ActivityKind(Set<ProjectState> states, boolean documentRequired, DocumentKind... documents) {
        this.states = states;
        this.documentRequired = documentRequired;
        this.documents = List.of(documents);
    }

    public Set<ProjectState> states() {
        return states;
    }

    public boolean documentRequired() {
        return documentRequired;
    }

    public List<DocumentKind> documents() {
        return documents;
    }

    /** After completion (§4.5) only a project closed as completed takes these, never reopening it. */
    public boolean afterCompletion() {
        return this == TRANSFER || this == PUBLICATION || this == POST_EVALUATION;
    }

    public boolean allowedIn(ProjectState state, Outcome outcome) {
        return states.contains(state) && (!afterCompletion() || outcome == Outcome.HOAN_THANH);
    }

    private static Set<ProjectState> union(Set<ProjectState> a, Set<ProjectState> b) {
        EnumSet<ProjectState> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }

    private static final class Constants {
        /** Changes of principal investigator, host or partners: from the approval to acceptance (§4.3). */
        static final Set<ProjectState> CHANGEABLE = EnumSet.of(ProjectState.CHO_HOP_DONG, ProjectState.DANG_THUC_HIEN,
                ProjectState.TAM_DUNG, ProjectState.CHO_NGHIEM_THU);
    }
}
