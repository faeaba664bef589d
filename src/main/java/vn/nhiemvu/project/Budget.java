package vn.nhiemvu.project;

/**
 * Kinh phí (§3), VND: total, the state budget (NSNN, sự nghiệp KH&CN), other sources (đối ứng, doanh nghiệp, dân)
 * and the lump-sum part (phần khoán). Any may be unknown before the approval.
 */
public record Budget(Long total, Long state, Long other, Long lumpSum) {

    public static final Budget NONE = new Budget(null, null, null, null);

    public boolean negative() {
        return (total != null && total < 0) || (state != null && state < 0) || (other != null && other < 0)
                || (lumpSum != null && lumpSum < 0);
    }
}
