package vn.nhiemvu.project;

/** Hội đồng tư vấn by what it advises on (§6 "Hội đồng đã họp"), with the minutes it produces. */
public enum CouncilKind {
    IDENTIFICATION(DocumentKind.BB_HD_XAC_DINH),
    SELECTION(DocumentKind.BB_HD_TUYEN_CHON),
    DIRECT_ASSIGNMENT(DocumentKind.BB_HD_TUYEN_CHON),
    APPRAISAL(DocumentKind.BB_THAM_DINH),
    ACCEPTANCE(DocumentKind.BB_HD_NGHIEM_THU);

    private final DocumentKind minutes;

    CouncilKind(DocumentKind minutes) {
        this.minutes = minutes;
    }

    public DocumentKind minutes() {
        return minutes;
    }
}
