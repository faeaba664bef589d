package vn.nhiemvu.task;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days off of state agencies that the law alone gives for a year; the yearly notice of the Prime
 * Minister may move them, which {@link WorkingCalendar} takes as overrides.
 */
final class PublicHolidays {

    private static final String TET = "Tết Nguyên đán";
    private static final String QUOC_KHANH = "Quốc khánh";

    private PublicHolidays() {
    }

    /** The year's days off, sorted, each with its Vietnamese name. */
    static SortedMap<LocalDate, String> daysOff(int year) {
        SortedMap<LocalDate, String> holidays = new TreeMap<>();
        // BLLĐ 2019, Điều 112 khoản 1
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = LunarCalendar.toSolar(year, 1, 1, false);
        // Điều 112 khoản 1 điểm b: 5 days, whose exact dates the Prime Minister fixes yearly (khoản 3);
        // pre-filled as the last day of the old lunar year and mùng 1–4.
        for (int i = -1; i <= 3; i++) {
            holidays.put(tet.plusDays(i), TET);
        }
        holidays.put(LunarCalendar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        holidays.put(nationalDay, QUOC_KHANH);
        // Điều 112 khoản 1 điểm đ: 02/9 and the day before or after; this choice keeps the break next to a
        // weekend and matches the official 2023–2025 notices.
        DayOfWeek weekday = nationalDay.getDayOfWeek();
        boolean dayBefore = weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.SATURDAY;
        holidays.put(dayBefore ? nationalDay.minusDays(1) : nationalDay.plusDays(1), QUOC_KHANH);

        // BLLĐ 2019, Điều 111 khoản 3: a holiday on a weekly rest day is taken on the next working day.
        for (Map.Entry<LocalDate, String> holiday : List.copyOf(holidays.entrySet())) {
            if (isWeekend(holiday.getKey())) {
                LocalDate day = holiday.getKey().plusDays(1);
                while (isWeekend(day) || holidays.containsKey(day)) {
                    day = day.plusDays(1);
                }
                holidays.put(day, "Nghỉ bù " + holiday.getValue());
            }
        }
        return Collections.unmodifiableSortedMap(holidays);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }
}
