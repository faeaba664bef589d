package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.report.ReportingPeriod.Kind;
import vn.nhiemvu.shared.Refused;

/** The data windows of NĐ 09/2019/NĐ-CP Art. 12 (domain spec §4.1). */
class ReportingPeriodTests {

    @Test
    void runsTheFirstQuarterFromTheFifteenthOfDecemberToTheFourteenthOfMarch() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2023, 1);
        assertThat(q1.from()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(q1.to()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(q1.cutOff()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(q1.label()).isEqualTo("quý I năm 2023");
        assertThat(ReportingPeriod.quarter(2023, 4).from()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(ReportingPeriod.quarter(2023, 4).to()).isEqualTo(LocalDate.of(2023, 12, 14));
    }

    @Test
    void runsAMonthFromTheFifteenthOfThePreviousMonth() {
        ReportingPeriod january = ReportingPeriod.month(2024, 1);
        assertThat(january.from()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(january.to()).isEqualTo(LocalDate.of(2024, 1, 14));
        assertThat(ReportingPeriod.month(2024, 3).from()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(january.label()).isEqualTo("tháng 1 năm 2024");
    }

    @Test
    void runsTheHalfYearsTheNineMonthsAndTheYearFromTheFifteenthOfDecember() {
        assertThat(ReportingPeriod.firstHalf(2023)).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 6, 14));
        assertThat(ReportingPeriod.secondHalf(2023)).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2023, 6, 15), LocalDate.of(2023, 12, 14));
        assertThat(ReportingPeriod.nineMonths(2023)).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 9, 14));
        assertThat(ReportingPeriod.year(2023)).extracting(ReportingPeriod::from, ReportingPeriod::to)
                .containsExactly(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14));
        assertThat(ReportingPeriod.firstHalf(2023).label()).isEqualTo("6 tháng đầu năm 2023");
        assertThat(ReportingPeriod.year(2023).label()).isEqualTo("năm 2023");
    }

    @Test
    void recognisesAStandardWindowFromItsDates() {
        assertThat(ReportingPeriod.recognise(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 3, 14)))
                .isEqualTo(ReportingPeriod.quarter(2023, 1));
        assertThat(ReportingPeriod.recognise(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14)).kind())
                .isEqualTo(Kind.YEAR);
        ReportingPeriod custom = ReportingPeriod.recognise(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
        assertThat(custom.kind()).isEqualTo(Kind.CUSTOM);
        assertThat(custom.label()).isEqualTo("từ ngày 01/01/2023 đến ngày 31/03/2023");
    }

    @Test
    void placesADayInThePeriodWhoseWindowHoldsIt() {
        assertThat(ReportingPeriod.containing(Kind.QUARTER, LocalDate.of(2025, 12, 20)))
                .isEqualTo(ReportingPeriod.quarter(2026, 1));
        assertThat(ReportingPeriod.containing(Kind.QUARTER, LocalDate.of(2025, 12, 14)))
                .isEqualTo(ReportingPeriod.quarter(2025, 4));
        assertThat(ReportingPeriod.containing(Kind.MONTH, LocalDate.of(2025, 3, 15)))
                .isEqualTo(ReportingPeriod.month(2025, 4));
        assertThat(ReportingPeriod.containing(Kind.FIRST_HALF, LocalDate.of(2025, 7, 1)))
                .isEqualTo(ReportingPeriod.secondHalf(2025));
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsAndANumberOutOfRange() {
        assertThatThrownBy(() -> ReportingPeriod.custom(LocalDate.of(2023, 3, 14), LocalDate.of(2022, 12, 15)))
                .isInstanceOf(Refused.class).hasMessageStartingWith("report.period.endBeforeStart");
        assertThatThrownBy(() -> ReportingPeriod.of(Kind.QUARTER, 2023, 5))
                .isInstanceOf(Refused.class).hasMessageStartingWith("report.period.number.invalid");
        assertThatThrownBy(() -> ReportingPeriod.custom(null, LocalDate.of(2023, 1, 1)))
                .isInstanceOf(Refused.class).hasMessageStartingWith("report.period.required");
    }
}
