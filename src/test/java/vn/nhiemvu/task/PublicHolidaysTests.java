package vn.nhiemvu.task;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class PublicHolidaysTests {

    @Test
    void prefills2026WithAWeekdayTetAndAMondayForGioToOnSunday() {
        assertThat(PublicHolidays.daysOff(2026)).containsExactly(
                entry(of(2026, 1, 1), "Tết Dương lịch"),
                entry(of(2026, 2, 16), "Tết Nguyên đán"),
                entry(of(2026, 2, 17), "Tết Nguyên đán"),
                entry(of(2026, 2, 18), "Tết Nguyên đán"),
                entry(of(2026, 2, 19), "Tết Nguyên đán"),
                entry(of(2026, 2, 20), "Tết Nguyên đán"),
                entry(of(2026, 4, 26), "Giỗ Tổ Hùng Vương"),
                entry(of(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"),
                entry(of(2026, 4, 30), "Ngày Chiến thắng"),
                entry(of(2026, 5, 1), "Ngày Quốc tế lao động"),
                entry(of(2026, 9, 2), "Quốc khánh"),
                entry(of(2026, 9, 3), "Quốc khánh"));
    }

    @Test
    void startsTetOnTheLastDayOfTheLunarYear() {
        // Mùng 1 Tết 2023 is Sunday 22/01; the lunar year 2022 ends on Saturday 21/01 (30 tháng Chạp).
        Map<LocalDate, String> days = PublicHolidays.daysOff(2023);
        assertThat(days).containsEntry(of(2023, 1, 21), "Tết Nguyên đán")
                .containsEntry(of(2023, 1, 25), "Tết Nguyên đán")
                .doesNotContainKey(of(2023, 1, 20));
    }

    @Test
    void compensatesEachWeekendTetDayOnTheNextFreeWorkingDays() {
        assertThat(PublicHolidays.daysOff(2023))
                .containsEntry(of(2023, 1, 26), "Nghỉ bù Tết Nguyên đán")
                .containsEntry(of(2023, 1, 27), "Nghỉ bù Tết Nguyên đán")
                .doesNotContainKey(of(2023, 1, 30));
    }

    @Test
    void givesTwoWeekendHolidaysDistinctCompensatoryDaysAfterTheRun() {
        // 30/4/2022 Saturday and 01/5/2022 Sunday.
        assertThat(PublicHolidays.daysOff(2022))
                .containsEntry(of(2022, 5, 2), "Nghỉ bù Ngày Chiến thắng")
                .containsEntry(of(2022, 5, 3), "Nghỉ bù Ngày Quốc tế lao động")
                .doesNotContainKey(of(2022, 5, 4));
    }

    @Test
    void skipsHolidaysWhenPlacingACompensatoryDay() {
        // Giỗ Tổ on Saturday 29/4/2023, then 30/4 (Sunday) and 01/5 (Monday): the compensatory days go after them.
        assertThat(PublicHolidays.daysOff(2023))
                .containsEntry(of(2023, 5, 1), "Ngày Quốc tế lao động")
                .containsEntry(of(2023, 5, 2), "Nghỉ bù Giỗ Tổ Hùng Vương")
                .containsEntry(of(2023, 5, 3), "Nghỉ bù Ngày Chiến thắng");
    }

    @Test
    void compensatesNewYearOnSundayOnMonday() {
        assertThat(PublicHolidays.daysOff(2023)).containsEntry(of(2023, 1, 2), "Nghỉ bù Tết Dương lịch");
    }

    @Test
    void choosesTheAdjacentNationalDayOfTheOfficialNotices() {
        // 02/9/2023 Saturday → 01/9; 02/9/2024 Monday → 03/9; 02/9/2025 Tuesday → 01/9.
        assertThat(PublicHolidays.daysOff(2023)).containsEntry(of(2023, 9, 1), "Quốc khánh")
                .containsEntry(of(2023, 9, 4), "Nghỉ bù Quốc khánh").doesNotContainKey(of(2023, 9, 3));
        assertThat(PublicHolidays.daysOff(2024)).containsEntry(of(2024, 9, 3), "Quốc khánh")
                .doesNotContainKey(of(2024, 9, 1));
        assertThat(PublicHolidays.daysOff(2025)).containsEntry(of(2025, 9, 1), "Quốc khánh")
                .doesNotContainKey(of(2025, 9, 3));
    }

    @Test
    void givesElevenHolidaysAndACompensatoryWeekdayForEachOneOnAWeekend() {
        for (int year = 1990; year <= 2060; year++) {
            Map<LocalDate, String> days = PublicHolidays.daysOff(year);
            long holidays = days.values().stream().filter(name -> !name.startsWith("Nghỉ bù")).count();
            long onWeekends = days.entrySet().stream()
                    .filter(e -> !e.getValue().startsWith("Nghỉ bù") && isWeekend(e.getKey())).count();
            Map<LocalDate, String> compensatory = new TreeMap<>(days);
            compensatory.values().removeIf(name -> !name.startsWith("Nghỉ bù"));
            assertThat(holidays).as("holidays of %d", year).isEqualTo(11);
            assertThat(compensatory).as("compensatory days of %d", year).hasSize((int) onWeekends)
                    .allSatisfy((day, name) -> assertThat(isWeekend(day)).isFalse());
            assertThat(days.keySet()).as("days off of %d", year).extracting(LocalDate::getYear).containsOnly(year);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
