package vn.nhiemvu.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days of state agencies: Monday to Friday (QĐ 188/1999/QĐ-TTg) less the public holidays and
 * compensatory days the law gives ({@link PublicHolidays}), corrected by the official overrides an
 * administrator enters from each year's notice. Immutable and thread-safe.
 */
public final class WorkingCalendar {

    /**
     * An official correction for one day: {@code off} makes it a day off named {@code name} (required),
     * otherwise a working day even on a Saturday or a holiday ({@code name} optional, e.g. "Làm bù").
     */
    public record OfficialDay(LocalDate day, boolean off, String name) {

        public OfficialDay {
            Objects.requireNonNull(day, "day");
            if (off && (name == null || name.isBlank())) {
                throw new IllegalArgumentException("A day off needs a name: " + day);
            }
        }
    }

    private final Map<LocalDate, OfficialDay> overrides;
    private final Map<Integer, Map<LocalDate, String>> holidaysByYear = new ConcurrentHashMap<>();

    private WorkingCalendar(Map<LocalDate, OfficialDay> overrides) {
        this.overrides = overrides;
    }

    /** The legal rules corrected by {@code overrides}, at most one per day. */
    public static WorkingCalendar of(Collection<OfficialDay> overrides) {
        Map<LocalDate, OfficialDay> byDay = new HashMap<>();
        for (OfficialDay override : overrides) {
            if (byDay.putIfAbsent(override.day(), override) != null) {
                throw new IllegalArgumentException("Two overrides for " + override.day());
            }
        }
        return new WorkingCalendar(Map.copyOf(byDay));
    }

    /** The legal rules alone. */
    public static WorkingCalendar standard() {
        return new WorkingCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        OfficialDay override = overrides.get(day);
        if (override != null) {
            return !override.off();
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays(day).containsKey(day);
    }

    /** The name of the holiday or official day off on {@code day}; weekly rest days have none. */
    public Optional<String> dayOffName(LocalDate day) {
        OfficialDay override = overrides.get(day);
        if (override != null) {
            return override.off() ? Optional.of(override.name()) : Optional.empty();
        }
        return Optional.ofNullable(holidays(day).get(day));
    }

    /** The effective due date of a term ending on {@code day}. */
    public LocalDate onOrNextWorkingDay(LocalDate day) {
        // BLDS 2015, Điều 148 khoản 5: a term whose last day is a weekly rest day or a holiday ends at the end
        // of the next working day.
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** The last day of "{@code n} ngày làm việc kể từ ngày {@code reference}", {@code n} ≥ 1. */
    public LocalDate addWorkingDays(LocalDate reference, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        // BLDS 2015, Điều 147 khoản 2–3: the reference day is not counted; day 1 is the first one after it.
        LocalDate day = reference;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private Map<LocalDate, String> holidays(LocalDate day) {
        return holidaysByYear.computeIfAbsent(day.getYear(), PublicHolidays::daysOff);
    }
}
