package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portfolio figures of a year as of a date (§5, §6): projects managed (chuyển tiếp and mở mới, by group, level,
 * role and field), proposals received for the next plan year, councils held, and the events of the period — counted
 * in projects or in occurrences (lượt) as the report says them. Keys of maps are enum names, field codes and rating
 * codes.
 *
 * @param periodStart 1 January of the year
 * @param periodEnd the as-of date, or 31 December when it is later
 */
public record ProjectFigures(int year, LocalDate asOf, LocalDate periodStart, LocalDate periodEnd, Managed managed,
        List<GroupCount> byGroup, Map<String, Long> byLevel, Map<String, Long> byRole, Map<String, Long> byField,
        Proposals proposals, Map<String, Long> councils, Occurrences inspections, Occurrences midTermReviews,
        long contractsSigned, long extensions, long dossierExtensions, long adjustments, long investigatorChanges,
        long hostChanges, long partnerChanges, long stopped, long terminated, long suspendedAtEnd, Accepted accepted,
        long recognised, long registered, long liquidated, long disbursedAmount, long refundDecisions,
        long refundedAmount, Transfers transferred, long overdueForAcceptance, long pendingAfterAcceptance) {

    /** Tổng số nhiệm vụ quản lý: carried over from earlier plan years, and started this year. */
    public record Managed(long total, long carriedOver, long started) {
    }

    /** One line of "by level": the group is the programme (NTMN, SHTT…) or else the level. */
    public record GroupCount(String group, long carriedOver, long started) {

        public long total() {
            return carriedOver + started;
        }
    }

    /** Đề xuất, đặt hàng for the next plan year, by field (5 and 6 merged when the setting says so). */
    public record Proposals(int planYear, long total, Map<String, Long> byField) {
    }

    /** Occurrences (lượt) and distinct projects, with the year's planned count and its percentage when one is set. */
    public record Occurrences(long occurrences, long projects, Integer planned, Double percentOfPlan) {
    }

    /** Projects accepted (council rated) in the period, by rating. */
    public record Accepted(long total, Map<String, Long> byRating) {
    }

    /** Projects whose results were transferred, and to how many recipients. */
    public record Transfers(long projects, long recipients) {
    }
}
