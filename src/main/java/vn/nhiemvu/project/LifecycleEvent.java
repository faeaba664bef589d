package vn.nhiemvu.project;

/**
 * The events that move a project from one state to another (§4.2); {@link Lifecycle} says from where, to where,
 * with which document and under which guard. Labels {@code project.LifecycleEvent.*}.
 */
public enum LifecycleEvent {
    /** Nhận đề xuất, đặt hàng: the record is created as a proposal. */
    RECEIVE_PROPOSAL,
    /** A record already under way when it enters the system (back-entry, import): starts at the state it is in. */
    RECORD,
    /** Phê duyệt danh mục. */
    APPROVE_LIST,
    /** Không đưa vào danh mục. */
    REJECT_PROPOSAL,
    /** Phê duyệt kết quả tuyển chọn / giao trực tiếp. */
    APPROVE_SELECTION,
    /** Không có hồ sơ / không có đơn vị trúng tuyển. */
    NO_SELECTION,
    /** Phê duyệt nhiệm vụ (nội dung, kinh phí, thời gian, phương thức khoán). */
    APPROVE_PROJECT,
    /** Ký hợp đồng. */
    SIGN_CONTRACT,
    /** Dừng, không thực hiện (before any money moved). */
    WITHDRAW,
    /** Tạm dừng. */
    SUSPEND,
    /** Tiếp tục. */
    RESUME,
    /** Hết thời gian thực hiện: automatic on the day after the (extended) end date. */
    END_TERM,
    /** Hoàn thành trước hạn. */
    COMPLETE_EARLY,
    /** Nộp hồ sơ nghiệm thu. */
    SUBMIT_FOR_ACCEPTANCE,
    /** Hội đồng xếp loại đạt. */
    ACCEPT,
    /** Hội đồng xếp loại không đạt. */
    FAIL_ACCEPTANCE,
    /** Thanh lý hợp đồng. */
    LIQUIDATE,
    /** Thu hồi và thanh lý (after a failed acceptance). */
    REFUND_AND_LIQUIDATE,
    /** Dừng thực hiện / chấm dứt hợp đồng. */
    STOP,
    /** Xử lý kinh phí và thanh lý (after a stop). */
    SETTLE_STOPPED,
    /** An administrator reopens a closed record, with a reason (§4.2). */
    REOPEN
}
