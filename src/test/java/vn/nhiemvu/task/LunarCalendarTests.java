package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.task.LunarCalendar.LunarDate;

class LunarCalendarTests {

    @ParameterizedTest
    @CsvSource({
            "2023, 2023-01-22, 2023-04-29",
            "2024, 2024-02-10, 2024-04-18",
            "2025, 2025-01-29, 2025-04-07",
            "2026, 2026-02-17, 2026-04-26",
            "2027, 2027-02-06, 2027-04-16",
            "2028, 2028-01-26, 2028-04-04",
            "2029, 2029-02-13, 2029-04-23",
            "2030, 2030-02-02, 2030-04-12"})
    void matchesTheReferenceTableForTetAndGioTo(int year, LocalDate tet, LocalDate gioTo) {
        assertThat(LunarCalendar.toSolar(year, 1, 1, false)).isEqualTo(tet);
        assertThat(LunarCalendar.toSolar(year, 3, 10, false)).isEqualTo(gioTo);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
        assertThat(LunarCalendar.toLunar(gioTo)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    @Test
    void findsTetAtUtcPlus7Not8In2030() {
        assertThat(LunarCalendar.toSolar(2030, 1, 1, false)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(LunarCalendar.toSolar(2030, 1, 1, false, 8.0)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2030, 2, 2), 8.0)).isEqualTo(new LunarDate(2029, 12, 30, false));
    }

    @Test
    void placesTheLeapSecondMonthOf2023() {
        LocalDate leapStart = LocalDate.of(2023, 3, 22);
        assertThat(LunarCalendar.toSolar(2023, 2, 1, true)).isEqualTo(leapStart);
        assertThat(LunarCalendar.toLunar(leapStart)).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(LunarCalendar.toLunar(leapStart.minusDays(1))).isEqualTo(new LunarDate(2023, 2, 30, false));
        assertThat(LunarCalendar.toSolar(2023, 3, 1, false)).isEqualTo(LocalDate.of(2023, 4, 20));
    }

    @Test
    void placesTheLeapSixthMonthOf2025() {
        assertThat(LunarCalendar.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(LunarCalendar.toSolar(2025, 6, 1, false)).isEqualTo(LocalDate.of(2025, 6, 25));
    }

    @Test
    void refusesALeapMonthTheYearDoesNotHave() {
        assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 2, 1, true)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void refusesDayThirtyOfAShortMonth() {
        // Month 12 of lunar year 2023 (Quý Mão) runs 11/01/2024–09/02/2024: 30 days; month 1 of 2024 has 29.
        assertThat(LunarCalendar.toSolar(2023, 12, 30, false)).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThatThrownBy(() -> LunarCalendar.toSolar(2024, 1, 30, false)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void reportsLunarMonthsElevenAndTwelveInTheLunarYearBeforeTet() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 12, 20))).isEqualTo(new LunarDate(2025, 11, 1, false));
    }

    @Test
    void roundTripsAndAdvancesOneLunarDayPerDayFrom1990To2060() {
        LunarDate previous = LunarCalendar.toLunar(LocalDate.of(1989, 12, 31));
        int leapMonths = 0;
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.getYear() <= 2060; day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(day);
            assertThat(LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
                    .as("%s → %s", day, lunar).isEqualTo(day);
            if (lunar.day() == 1) {
                assertThat(previous.day()).as("length of the month before %s", day).isBetween(29, 30);
                leapMonths += lunar.leapMonth() ? 1 : 0;
            } else {
                LunarDate next = new LunarDate(previous.year(), previous.month(), previous.day() + 1,
                        previous.leapMonth());
                assertThat(lunar).as("after %s", previous).isEqualTo(next);
            }
            previous = lunar;
        }
        // 7 leap months every 19 years (Metonic cycle): 26 in 71 years.
        assertThat(leapMonths).isEqualTo(26);
    }

    @Test
    void computesMeeusWorkedExamples() {
        // Astronomical Algorithms, example 49.a: the new moon of February 1977.
        assertThat(LunarCalendar.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.00002));
        // Example 25.a: 13 October 1992, 0h TD.
        assertThat(LunarCalendar.sunApparentLongitude(2448908.5)).isCloseTo(199.90895, within(0.0002));
    }
}
