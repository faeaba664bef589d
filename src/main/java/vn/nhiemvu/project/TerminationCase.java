package vn.nhiemvu.project;

/**
 * Why a project is stopped or its contract terminated: the cases of the model contract (TT 05/2014/TT-BKHCN,
 * Điều 5) and of TT 04/2015/TT-BKHCN Điều 21–22. A province may narrow the list
 * ({@code nhiemvu.project.termination-cases}).
 */
public enum TerminationCase {
    /** Kết quả kiểm tra, đánh giá cho thấy nhiệm vụ không thể hoàn thành. */
    CANNOT_BE_COMPLETED,
    /** Tổ chức chủ trì, chủ nhiệm vi phạm hợp đồng. */
    CONTRACT_BREACH,
    /** Tổ chức chủ trì, chủ nhiệm không còn đủ điều kiện thực hiện. */
    HOST_UNABLE,
    /** Nhiệm vụ không còn cần thiết. */
    NO_LONGER_NEEDED,
    /** Sự kiện bất khả kháng. */
    FORCE_MAJEURE,
    /** Hai bên thỏa thuận chấm dứt. */
    MUTUAL_AGREEMENT,
    /** Quyết định của cơ quan có thẩm quyền. */
    AUTHORITY_DECISION
}
