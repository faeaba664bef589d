package vn.nhiemvu.task;

/**
 * A task's status on an as-of date: the five report buckets of the domain spec §2.4 (exhaustive and
 * exclusive among counted tasks) and the two halted states, listed apart. Labels: {@code TaskStatus.<CODE>}.
 */
public enum TaskStatus {
    HT_DUNG_HAN, HT_QUA_HAN, DANG_TRONG_HAN, DANG_QUA_HAN, CHUA_THUC_HIEN, TAM_DUNG, DUNG_THUC_HIEN;

    /** Paused and stopped tasks are excluded from the five buckets (domain spec §2.4). */
    public boolean counted() {
        return this != TAM_DUNG && this != DUNG_THUC_HIEN;
    }

    public boolean completed() {
        return this == HT_DUNG_HAN || this == HT_QUA_HAN;
    }

    public boolean late() {
        return this == HT_QUA_HAN || this == DANG_QUA_HAN;
    }
}
