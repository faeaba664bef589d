package vn.nhiemvu.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** The period of a recurring task (GOLD-FORMAT §5: weekly, monthly, quarterly, yearly, or ongoing without one). */
public enum Recurrence {
    WEEKLY, MONTHLY, QUARTERLY, YEARLY, ONGOING;

    static Optional<Recurrence> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Ongoing work ("thường xuyên") has no period, hence no occurrences and no due date. */
    boolean hasPeriods() {
        return this != ONGOING;
    }

    LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEARLY -> day.withDayOfYear(1);
            case ONGOING -> throw new IllegalStateException("ongoing work has no period");
        };
    }

    LocalDate periodEnd(LocalDate day) {
        return nextPeriodStart(day).minusDays(1);
    }

    LocalDate nextPeriodStart(LocalDate day) {
        LocalDate start = periodStart(day);
        return switch (this) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
            case YEARLY -> start.plusYears(1);
            case ONGOING -> throw new IllegalStateException("ongoing work has no period");
        };
    }

    /** A readable key of the period containing the day: "2023-W05", "2023-03", "2023-Q1", "2023". */
    String periodKey(LocalDate day) {
        return switch (this) {
            case WEEKLY -> String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTERLY -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
            case YEARLY -> String.valueOf(day.getYear());
            case ONGOING -> throw new IllegalStateException("ongoing work has no period");
        };
    }
}
