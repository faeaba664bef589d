package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.Refused;

/**
 * A deadline as written: {@code {kind, value, text}} of corpus/GOLD-FORMAT.md §5. The value is
 * "2023-01-15" for a date, "2023-03" for a month, "2021-Q3", "2024-H2", "2020" for a year or a starting
 * year, "monthly"… for a recurring task, and null for the kinds without one.
 */
public record Deadline(DeadlineKind kind, String value, String text) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public static Deadline none() {
        return new Deadline(DeadlineKind.NONE, null, null);
    }

    public static Deadline on(LocalDate date) {
        return new Deadline(DeadlineKind.DATE, date.toString(), null);
    }

    /** Checks the value against its kind; a wrong one is refused with the reason, in Vietnamese. */
    public static Deadline of(DeadlineKind kind, String value, String text) {
        DeadlineKind k = kind == null ? DeadlineKind.NONE : kind;
        String v = value == null || value.isBlank() ? null : value.strip();
        String t = text == null || text.isBlank() ? null : text.strip();
        if (!k.hasValue()) {
            return new Deadline(k, null, t);
        }
        if (v == null) {
            throw Refused.invalid("task.deadline.valueRequired");
        }
        Deadline deadline = new Deadline(k, k == DeadlineKind.RECURRING ? v.toLowerCase(java.util.Locale.ROOT) : v, t);
        try {
            deadline.check();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid(k);
        }
        return deadline;
    }

    private void check() {
        switch (kind) {
            case DATE -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value);
            case QUARTER -> require(QUARTER.matcher(value).matches());
            case HALF_YEAR -> require(HALF.matcher(value).matches());
            case YEAR, FROM_YEAR -> require(YEAR.matcher(value).matches());
            case RECURRING -> require(Recurrence.parse(value).isPresent());
            default -> {
            }
        }
    }

    private void require(boolean valid) {
        if (!valid) {
            throw invalid(kind);
        }
    }

    private static Refused invalid(DeadlineKind kind) {
        return Refused.invalid("task.deadline.invalid." + kind.name());
    }

    /**
     * The last day the deadline allows, as written: the date; the end of the month, quarter, half-year or
     * year (domain spec §2.3.1). Null for a starting year, a recurring task (each occurrence has its own),
     * an event and no deadline.
     */
    public LocalDate writtenDueDate() {
        return switch (kind) {
            case DATE -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atEndOfMonth();
            case QUARTER -> {
                Matcher m = QUARTER.matcher(value);
                m.matches();
                yield YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3).atEndOfMonth();
            }
            case HALF_YEAR -> {
                Matcher m = HALF.matcher(value);
                m.matches();
                int year = Integer.parseInt(m.group(1));
                yield "1".equals(m.group(2)) ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
            }
            case YEAR -> Year.parse(value).atMonth(12).atEndOfMonth();
            default -> null;
        };
    }

    public Recurrence recurrence() {
        return kind == DeadlineKind.RECURRING ? Recurrence.parse(value).orElseThrow() : null;
    }

    public boolean isRecurringWithPeriods() {
        return kind == DeadlineKind.RECURRING && recurrence().hasPeriods();
    }
}
