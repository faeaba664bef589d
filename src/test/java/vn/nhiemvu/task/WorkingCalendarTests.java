package vn.nhiemvu.task;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.task.WorkingCalendar.OfficialDay;

class WorkingCalendarTests {

    private final WorkingCalendar standard = WorkingCalendar.standard();

    @Test
    void makesTheTetBreak2026RunFromSaturday14ToSunday22February() {
        assertThat(standard.isWorkingDay(of(2026, 2, 13))).isTrue();
        for (LocalDate day = of(2026, 2, 14); !day.isAfter(of(2026, 2, 22)); day = day.plusDays(1)) {
            assertThat(standard.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(standard.isWorkingDay(of(2026, 2, 23))).isTrue();
    }

    @Test
    void countsFiveWorkingDaysFrom12February2026To26February() {
        assertThat(standard.addWorkingDays(of(2026, 2, 12), 5)).isEqualTo(of(2026, 2, 26));
        assertThat(standard.addWorkingDays(of(2026, 2, 12), 1)).isEqualTo(of(2026, 2, 13));
        assertThat(standard.addWorkingDays(of(2026, 2, 12), 2)).isEqualTo(of(2026, 2, 23));
    }

    @Test
    void doesNotCountTheReferenceDayEvenWhenItIsAWorkingDay() {
        assertThat(standard.addWorkingDays(of(2026, 3, 2), 1)).isEqualTo(of(2026, 3, 3));
        assertThat(standard.addWorkingDays(of(2026, 3, 6), 1)).isEqualTo(of(2026, 3, 9));
    }

    @Test
    void countsAcrossTheNewYearHoliday() {
        assertThat(standard.addWorkingDays(of(2025, 12, 31), 1)).isEqualTo(of(2026, 1, 2));
    }

    @Test
    void movesSample000DueDatesOnASundayToMondayAndKeepsWorkingDays() {
        assertThat(standard.onOrNextWorkingDay(of(2023, 1, 15))).isEqualTo(of(2023, 1, 16));
        assertThat(standard.onOrNextWorkingDay(of(2023, 1, 30))).isEqualTo(of(2023, 1, 30));
        assertThat(standard.onOrNextWorkingDay(of(2023, 3, 1))).isEqualTo(of(2023, 3, 1));
    }

    @Test
    void movesADueDateInTheTetBreakPastTheWholeBreak() {
        assertThat(standard.onOrNextWorkingDay(of(2026, 2, 14))).isEqualTo(of(2026, 2, 23));
        assertThat(standard.onOrNextWorkingDay(of(2023, 1, 22))).isEqualTo(of(2023, 1, 30));
    }

    @Test
    void namesHolidaysAndCompensatoryDaysButNotWeekends() {
        assertThat(standard.dayOffName(of(2026, 2, 17))).contains("Tết Nguyên đán");
        assertThat(standard.dayOffName(of(2026, 4, 27))).contains("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(standard.dayOffName(of(2026, 2, 14))).isEmpty();
        assertThat(standard.dayOffName(of(2026, 2, 23))).isEmpty();
    }

    @Test
    void defaultsTet2023ToTheLunarYearsLastDayThroughTwoCompensatoryDays() {
        assertThat(standard.isWorkingDay(of(2023, 1, 20))).isTrue();
        for (LocalDate day = of(2023, 1, 21); !day.isAfter(of(2023, 1, 29)); day = day.plusDays(1)) {
            assertThat(standard.isWorkingDay(day)).as("%s", day).isFalse();
        }
    }

    @Test
    void reproducesTheOfficialTet2023BreakWithTwoOverrides() {
        WorkingCalendar official = WorkingCalendar.of(List.of(
                new OfficialDay(of(2023, 1, 20), true, "Tết Nguyên đán"),
                new OfficialDay(of(2023, 1, 27), false, null)));
        assertThat(official.isWorkingDay(of(2023, 1, 19))).isTrue();
        for (LocalDate day = of(2023, 1, 20); !day.isAfter(of(2023, 1, 26)); day = day.plusDays(1)) {
            assertThat(official.isWorkingDay(day)).as("%s", day).isFalse();
        }
        assertThat(official.isWorkingDay(of(2023, 1, 27))).isTrue();
        assertThat(official.dayOffName(of(2023, 1, 20))).contains("Tết Nguyên đán");
        assertThat(official.dayOffName(of(2023, 1, 27))).isEmpty();
    }

    @Test
    void makesASaturdayAWorkingDayWhenANoticeSaysSo() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(new OfficialDay(of(2025, 2, 8), false, "Làm bù")));
        assertThat(calendar.isWorkingDay(of(2025, 2, 8))).isTrue();
        assertThat(calendar.addWorkingDays(of(2025, 2, 7), 1)).isEqualTo(of(2025, 2, 8));
        assertThat(calendar.onOrNextWorkingDay(of(2025, 2, 8))).isEqualTo(of(2025, 2, 8));
        assertThat(calendar.isWorkingDay(of(2025, 2, 9))).isFalse();
    }

    @Test
    void takesAnExtraDayOffWithItsName() {
        WorkingCalendar calendar = WorkingCalendar.of(
                List.of(new OfficialDay(of(2026, 11, 24), true, "Ngày Văn hóa Việt Nam")));
        assertThat(calendar.isWorkingDay(of(2026, 11, 24))).isFalse();
        assertThat(calendar.dayOffName(of(2026, 11, 24))).contains("Ngày Văn hóa Việt Nam");
        assertThat(calendar.addWorkingDays(of(2026, 11, 23), 1)).isEqualTo(of(2026, 11, 25));
        assertThat(standard.isWorkingDay(of(2026, 11, 24))).isTrue();
    }

    @Test
    void letsAnOverrideRemoveADefaultDayOff() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(new OfficialDay(of(2026, 4, 27), false, null)));
        assertThat(calendar.isWorkingDay(of(2026, 4, 27))).isTrue();
        assertThat(calendar.dayOffName(of(2026, 4, 27))).isEmpty();
        assertThat(calendar.isWorkingDay(of(2026, 4, 30))).isFalse();
    }

    @Test
    void refusesTwoOverridesForOneDayAndADayOffWithoutAName() {
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(
                new OfficialDay(of(2026, 1, 2), true, "Nghỉ"), new OfficialDay(of(2026, 1, 2), false, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OfficialDay(of(2026, 1, 2), true, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToCountZeroWorkingDays() {
        assertThatThrownBy(() -> standard.addWorkingDays(of(2026, 1, 5), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void landsEveryCountOnAWorkingDayAfterTheReference() {
        for (LocalDate day = of(2024, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
            LocalDate due = standard.onOrNextWorkingDay(day);
            assertThat(standard.isWorkingDay(due)).isTrue();
            for (LocalDate between = day; between.isBefore(due); between = between.plusDays(1)) {
                assertThat(standard.isWorkingDay(between)).as("%s", between).isFalse();
            }
            LocalDate first = standard.addWorkingDays(day, 1);
            assertThat(first).isAfter(day).isEqualTo(standard.onOrNextWorkingDay(day.plusDays(1)));
            assertThat(standard.addWorkingDays(day, 10)).isEqualTo(standard.addWorkingDays(first, 9));
        }
    }
}
