package vn.nhiemvu.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.report.ReportingPeriod;
import vn.nhiemvu.report.ReportingPeriod.Kind;

/** The report page's form: which period it means and which date the figures are judged on. */
class TaskReportFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static TaskReportForm form(Kind kind, Integer year, Integer number, LocalDate from, LocalDate to,
            LocalDate asOf) {
        return new TaskReportForm(kind, year, number, from, to, asOf, null, null);
    }

    @Test
    void offersTheQuarterWhoseWindowHoldsTodayAtFirst() {
        ReportingPeriod period = form(null, null, null, null, null, null).period(TODAY);
        assertThat(period).isEqualTo(ReportingPeriod.quarter(2026, 4));
        assertThat(form(null, null, null, null, null, null).asOf(period, TODAY, null))
                .as("the period has not ended: today").isEqualTo(TODAY);
    }

    @Test
    void judgesAnEndedPeriodAsOfItsCutOffUnlessAnotherDateIsGiven() {
        ReportingPeriod q1 = form(Kind.QUARTER, 2023, 1, null, null, null).period(TODAY);
        assertThat(form(Kind.QUARTER, 2023, 1, null, null, null).asOf(q1, TODAY, null))
                .isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(form(Kind.QUARTER, 2023, 1, null, null, LocalDate.of(2023, 3, 15)).asOf(q1, TODAY, null))
                .isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void movesTheAsOfDateWithThePeriodWhenThePeriodChanges() {
        TaskReportForm changed = form(Kind.YEAR, 2023, null, null, null, LocalDate.of(2023, 3, 15));
        ReportingPeriod year = changed.period(TODAY);
        assertThat(changed.asOf(year, TODAY, "kind")).isEqualTo(LocalDate.of(2023, 12, 14));
        assertThat(changed.asOf(year, TODAY, "asOf")).isEqualTo(LocalDate.of(2023, 3, 15));
    }

    @Test
    void namesAStandardWindowGivenByItsDatesAndKeepsAnyOther() {
        assertThat(form(null, null, null, LocalDate.of(2022, 12, 15), LocalDate.of(2023, 3, 14), null).period(TODAY))
                .isEqualTo(ReportingPeriod.quarter(2023, 1));
        assertThat(form(Kind.CUSTOM, null, null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), null)
                .period(TODAY).label()).isEqualTo("từ ngày 01/01/2023 đến ngày 31/03/2023");
    }

    @Test
    void keepsANumberWithinTheKindsRange() {
        assertThat(form(Kind.QUARTER, 2023, 11, null, null, null).period(TODAY)).isEqualTo(ReportingPeriod.quarter(2023, 4));
        assertThat(form(Kind.MONTH, 2023, 11, null, null, null).period(TODAY)).isEqualTo(ReportingPeriod.month(2023, 11));
    }
}
