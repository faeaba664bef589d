package vn.nhiemvu.task;

/** The state of work a user sets (domain spec §2.4). Labels: {@code WorkState.<CODE>}. */
public enum WorkState {
    CHUA_TRIEN_KHAI, DANG_THUC_HIEN, CHO_XAC_NHAN, HOAN_THANH, TAM_DUNG, DUNG_THUC_HIEN;

    boolean halted() {
        return this == TAM_DUNG || this == DUNG_THUC_HIEN;
    }
}
