package vn.nhiemvu.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.nhiemvu.shared.Refused;

/**
 * Gia hạn thời gian thực hiện (§4.3): requested before the end date, later than it, at most the configured number
 * of times, and within the limit for the project's length (national default: once only, 12 months for projects of
 * 24 months or more, 6 months for shorter ones), counted from the original end date.
 */
final class ExtensionRule {

    private ExtensionRule() {
    }

    static void check(Project project, LocalDate newEnd, LocalDate requestedOn, int previousExtensions,
            ProjectProperties.Extension limits) {
        LocalDate currentEnd = project.effectiveEnd();
        if (currentEnd == null || project.endOn == null) {
            throw Refused.invalid("project.extension.noEndDate");
        }
        if (previousExtensions >= limits.maxCount()) {
            throw Refused.invalid("project.extension.tooMany", limits.maxCount());
        }
        LocalDate latestRequest = currentEnd.minusDays(limits.leadDays());
        if (requestedOn.isAfter(latestRequest)) {
            throw Refused.invalid("project.extension.tooLate", Labels.date(requestedOn), Labels.date(currentEnd));
        }
        if (!newEnd.isAfter(currentEnd)) {
            throw Refused.invalid("project.extension.notLater", Labels.date(currentEnd));
        }
        int limit = months(project) >= limits.longProjectMonths() ? limits.maxMonthsLong() : limits.maxMonthsShort();
        LocalDate furthest = project.endOn.plusMonths(limit);
        if (newEnd.isAfter(furthest)) {
            throw Refused.invalid("project.extension.beyondLimit", limit, Labels.date(furthest));
        }
    }

    /** The contracted length: as written, or counted from the dates (a partial month counts). */
    static long months(Project project) {
        if (project.durationMonths != null) {
            return project.durationMonths;
        }
        if (project.startOn == null) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(project.startOn, project.endOn.plusDays(1));
        return project.startOn.plusMonths(months).isBefore(project.endOn.plusDays(1)) ? months + 1 : months;
    }
}
