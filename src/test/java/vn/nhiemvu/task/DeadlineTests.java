package vn.nhiemvu.task;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.shared.Refused;

/** Deadlines as written in GOLD-FORMAT §5, and the due date each gives (domain spec §2.3.1). */
class DeadlineTests {

    private static LocalDate dueOf(DeadlineKind kind, String value) {
        return Deadline.of(kind, value, null).writtenDueDate();
    }

    private static void assertRefused(DeadlineKind kind, String value, String messageKey) {
        assertThatThrownBy(() -> Deadline.of(kind, value, "as written"))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(Refused.Kind.INVALID);
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                });
    }

    @Test
    void acceptsTheGoldFormatExamplesAndKeepsTheirWording() {
        Deadline date = Deadline.of(DeadlineKind.DATE, "2023-01-15", "15/01/2023");
        assertThat(date).isEqualTo(new Deadline(DeadlineKind.DATE, "2023-01-15", "15/01/2023"));
        assertThat(Deadline.of(DeadlineKind.MONTH, "2023-03", "Tháng 3 năm 2023").value()).isEqualTo("2023-03");
        assertThat(Deadline.of(DeadlineKind.QUARTER, "2021-Q3", "hoàn thành trong quý 3/2021").value())
                .isEqualTo("2021-Q3");
        assertThat(Deadline.of(DeadlineKind.HALF_YEAR, "2024-H2", "6 tháng cuối năm 2024").value()).isEqualTo("2024-H2");
        assertThat(Deadline.of(DeadlineKind.YEAR, "2020", "Thực hiện trong năm 2020").value()).isEqualTo("2020");
        assertThat(Deadline.of(DeadlineKind.FROM_YEAR, "2021", "Thực hiện từ năm 2021").value()).isEqualTo("2021");
        assertThat(Deadline.of(DeadlineKind.RECURRING, "monthly", "vào ngày 15 hàng tháng").value()).isEqualTo("monthly");
        assertThat(Deadline.of(DeadlineKind.ON_EVENT, null, "khi có yêu cầu"))
                .isEqualTo(new Deadline(DeadlineKind.ON_EVENT, null, "khi có yêu cầu"));
        assertThat(Deadline.of(DeadlineKind.OTHER, null, "vào đầu năm 2014").text()).isEqualTo("vào đầu năm 2014");
        assertThat(Deadline.of(DeadlineKind.NONE, null, null)).isEqualTo(Deadline.none());
    }

    @ParameterizedTest
    @CsvSource({"weekly", "monthly", "quarterly", "yearly", "ongoing", "Monthly", "QUARTERLY"})
    void acceptsEveryRecurrenceOfTheGoldFormatInAnyCase(String value) {
        Deadline deadline = Deadline.of(DeadlineKind.RECURRING, value, null);
        assertThat(deadline.value()).isEqualTo(value.toLowerCase());
        assertThat(deadline.recurrence().value()).isEqualTo(value.toLowerCase());
    }

    @Test
    void trimsTheValueAndTheWording() {
        assertThat(Deadline.of(DeadlineKind.MONTH, " 2023-03 ", "  trong tháng 3  "))
                .isEqualTo(new Deadline(DeadlineKind.MONTH, "2023-03", "trong tháng 3"));
    }

    @Test
    void dropsTheValueOfKindsThatHaveNone() {
        assertThat(Deadline.of(DeadlineKind.ON_EVENT, "2023-03", null).value()).isNull();
        assertThat(Deadline.of(DeadlineKind.NONE, "2023", " ")).isEqualTo(Deadline.none());
        assertThat(Deadline.of(null, null, null)).isEqualTo(Deadline.none());
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource({
            "MONTH, 2023-13",
            "MONTH, 2023-00",
            "MONTH, 2023-3",
            "MONTH, 03/2023",
            "QUARTER, 2021-Q5",
            "QUARTER, 2021-Q0",
            "QUARTER, 2021-3",
            "HALF_YEAR, 2024-H3",
            "HALF_YEAR, 2024-H0",
            "DATE, 2023-02-30",
            "DATE, 2023-02-29",
            "DATE, 15/01/2023",
            "DATE, 2023-1-15",
            "YEAR, 20",
            "YEAR, năm 2020",
            "YEAR, 20201",
            "FROM_YEAR, 2021-01",
            "RECURRING, daily",
            "RECURRING, hàng tháng"})
    void refusesAValueThatDoesNotFitItsKind(DeadlineKind kind, String value) {
        assertRefused(kind, value, "task.deadline.invalid." + kind.name());
    }

    @ParameterizedTest
    @CsvSource({"DATE", "MONTH", "QUARTER", "HALF_YEAR", "YEAR", "FROM_YEAR", "RECURRING"})
    void refusesAKindThatNeedsAValueWithoutOne(DeadlineKind kind) {
        assertRefused(kind, null, "task.deadline.valueRequired");
        assertRefused(kind, "  ", "task.deadline.valueRequired");
    }

    @Test
    void givesTheDateItselfForADate() {
        assertThat(dueOf(DeadlineKind.DATE, "2023-01-15")).isEqualTo(of(2023, 1, 15));
    }

    @Test
    void givesTheLastDayOfTheMonth() {
        assertThat(dueOf(DeadlineKind.MONTH, "2023-03")).isEqualTo(of(2023, 3, 31));
        assertThat(dueOf(DeadlineKind.MONTH, "2024-06")).isEqualTo(of(2024, 6, 30));
        assertThat(dueOf(DeadlineKind.MONTH, "2023-12")).isEqualTo(of(2023, 12, 31));
    }

    @Test
    void givesTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(dueOf(DeadlineKind.MONTH, "2024-02")).isEqualTo(of(2024, 2, 29));
        assertThat(dueOf(DeadlineKind.MONTH, "2023-02")).isEqualTo(of(2023, 2, 28));
        assertThat(dueOf(DeadlineKind.MONTH, "2100-02")).isEqualTo(of(2100, 2, 28));
        assertThat(dueOf(DeadlineKind.MONTH, "2000-02")).isEqualTo(of(2000, 2, 29));
        assertThat(dueOf(DeadlineKind.DATE, "2024-02-29")).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void givesTheLastDayOfTheQuarter() {
        assertThat(dueOf(DeadlineKind.QUARTER, "2024-Q1")).isEqualTo(of(2024, 3, 31));
        assertThat(dueOf(DeadlineKind.QUARTER, "2024-Q2")).isEqualTo(of(2024, 6, 30));
        assertThat(dueOf(DeadlineKind.QUARTER, "2021-Q3")).isEqualTo(of(2021, 9, 30));
        assertThat(dueOf(DeadlineKind.QUARTER, "2024-Q4")).isEqualTo(of(2024, 12, 31));
    }

    @Test
    void givesTheThirtiethOfJuneOrTheThirtyFirstOfDecemberForAHalfYear() {
        assertThat(dueOf(DeadlineKind.HALF_YEAR, "2024-H1")).isEqualTo(of(2024, 6, 30));
        assertThat(dueOf(DeadlineKind.HALF_YEAR, "2024-H2")).isEqualTo(of(2024, 12, 31));
    }

    @Test
    void givesTheThirtyFirstOfDecemberForAYear() {
        assertThat(dueOf(DeadlineKind.YEAR, "2020")).isEqualTo(of(2020, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"FROM_YEAR, 2021", "RECURRING, monthly", "RECURRING, ongoing", "ON_EVENT, ", "OTHER, ",
            "NONE, "})
    void givesNoDueDateForKindsWithoutOne(DeadlineKind kind, String value) {
        assertThat(dueOf(kind, value)).isNull();
    }

    @Test
    void makesARecurringTaskASeriesOnlyWhenItHasPeriods() {
        assertThat(Deadline.of(DeadlineKind.RECURRING, "monthly", null).isRecurringWithPeriods()).isTrue();
        assertThat(Deadline.of(DeadlineKind.RECURRING, "ongoing", null).isRecurringWithPeriods()).isFalse();
        assertThat(Deadline.of(DeadlineKind.DATE, "2023-01-15", null).isRecurringWithPeriods()).isFalse();
        assertThat(Deadline.of(DeadlineKind.DATE, "2023-01-15", null).recurrence()).isNull();
    }

    // ----- the periods of a recurring task

    @Test
    void givesTheMonthOfADayWithItsKey() {
        assertThat(Recurrence.MONTHLY.periodStart(of(2024, 2, 10))).isEqualTo(of(2024, 2, 1));
        assertThat(Recurrence.MONTHLY.periodEnd(of(2024, 2, 10))).isEqualTo(of(2024, 2, 29));
        assertThat(Recurrence.MONTHLY.periodKey(of(2024, 2, 10))).isEqualTo("2024-02");
        assertThat(Recurrence.MONTHLY.nextPeriodStart(of(2023, 1, 31))).isEqualTo(of(2023, 2, 1));
        assertThat(Recurrence.MONTHLY.periodEnd(of(2023, 12, 1))).isEqualTo(of(2023, 12, 31));
    }

    @Test
    void givesTheQuarterOfADayWithItsKey() {
        assertThat(Recurrence.QUARTERLY.periodStart(of(2023, 5, 15))).isEqualTo(of(2023, 4, 1));
        assertThat(Recurrence.QUARTERLY.periodEnd(of(2023, 5, 15))).isEqualTo(of(2023, 6, 30));
        assertThat(Recurrence.QUARTERLY.periodKey(of(2023, 5, 15))).isEqualTo("2023-Q2");
        assertThat(Recurrence.QUARTERLY.periodEnd(of(2023, 12, 31))).isEqualTo(of(2023, 12, 31));
        assertThat(Recurrence.QUARTERLY.nextPeriodStart(of(2023, 12, 31))).isEqualTo(of(2024, 1, 1));
    }

    @Test
    void givesTheYearOfADayWithItsKey() {
        assertThat(Recurrence.YEARLY.periodStart(of(2023, 7, 1))).isEqualTo(of(2023, 1, 1));
        assertThat(Recurrence.YEARLY.periodEnd(of(2023, 7, 1))).isEqualTo(of(2023, 12, 31));
        assertThat(Recurrence.YEARLY.periodKey(of(2023, 7, 1))).isEqualTo("2023");
    }

    @Test
    void runsAWeekFromMondayToSundayKeyedByItsIsoWeek() {
        assertThat(Recurrence.WEEKLY.periodStart(of(2023, 1, 1))).isEqualTo(of(2022, 12, 26));
        assertThat(Recurrence.WEEKLY.periodEnd(of(2023, 1, 1))).isEqualTo(of(2023, 1, 1));
        assertThat(Recurrence.WEEKLY.periodKey(of(2023, 1, 1))).isEqualTo("2022-W52");
        assertThat(Recurrence.WEEKLY.periodStart(of(2023, 1, 2))).isEqualTo(of(2023, 1, 2));
        assertThat(Recurrence.WEEKLY.periodKey(of(2023, 1, 2))).isEqualTo("2023-W01");
        assertThat(Recurrence.WEEKLY.periodKey(of(2020, 12, 31))).isEqualTo("2020-W53");
        assertThat(Recurrence.WEEKLY.periodKey(of(2023, 2, 1))).isEqualTo("2023-W05");
    }

    @Test
    void givesOngoingWorkNoPeriod() {
        assertThat(Recurrence.ONGOING.hasPeriods()).isFalse();
        assertThatThrownBy(() -> Recurrence.ONGOING.periodStart(of(2023, 1, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsARecurrenceInAnyCaseAndNothingElse() {
        assertThat(Recurrence.parse(" Weekly ")).contains(Recurrence.WEEKLY);
        assertThat(Recurrence.parse("daily")).isEmpty();
        assertThat(Recurrence.parse(null)).isEmpty();
    }
}
