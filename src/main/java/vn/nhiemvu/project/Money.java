package vn.nhiemvu.project;

/** The project's money as the page shows it: approved state budget, disbursed, refunded, what may still go out. */
public record Money(Long approvedState, long disbursed, long refunded, Long remaining) {
}
