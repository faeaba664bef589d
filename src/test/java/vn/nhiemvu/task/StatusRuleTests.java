package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The status of a task on an as-of date R, rule by rule of the domain spec §2.5, at each boundary. */
class StatusRuleTests {

    private static final LocalDate R = LocalDate.of(2023, 3, 14);

    private static TaskStatus open(LocalDate due, LocalDate startedOn) {
        return StatusRule.statusOf(null, due, startedOn, null, WorkState.DANG_THUC_HIEN, R);
    }

    private static TaskStatus completed(LocalDate completedOn, LocalDate due) {
        return StatusRule.statusOf(completedOn, due, R.minusDays(60), null, WorkState.HOAN_THANH, R);
    }

    // ----- §2.5.2–3: completed

    @Test
    void countsACompletionOnTheDueDateItselfAsOnTime() {
        assertThat(completed(LocalDate.of(2023, 1, 30), LocalDate.of(2023, 1, 30))).isEqualTo(TaskStatus.HT_DUNG_HAN);
    }

    @Test
    void countsACompletionOneDayAfterTheDueDateAsLate() {
        assertThat(completed(LocalDate.of(2023, 1, 31), LocalDate.of(2023, 1, 30))).isEqualTo(TaskStatus.HT_QUA_HAN);
    }

    @Test
    void countsACompletionOnTheAsOfDateItself() {
        assertThat(completed(R, R)).isEqualTo(TaskStatus.HT_DUNG_HAN);
        assertThat(completed(R, R.minusDays(1))).isEqualTo(TaskStatus.HT_QUA_HAN);
    }

    @Test
    void ignoresACompletionAfterTheAsOfDate() {
        LocalDate nextDay = R.plusDays(1);
        assertThat(StatusRule.statusOf(nextDay, R.plusDays(5), R.minusDays(10), null, WorkState.HOAN_THANH, R))
                .isEqualTo(TaskStatus.DANG_TRONG_HAN);
        assertThat(StatusRule.statusOf(nextDay, R.minusDays(3), R.minusDays(10), null, WorkState.HOAN_THANH, R))
                .isEqualTo(TaskStatus.DANG_QUA_HAN);
    }

    @Test
    void countsACompletedTaskWithoutADueDateAsOnTime() {
        assertThat(completed(R.minusDays(1), null)).isEqualTo(TaskStatus.HT_DUNG_HAN);
    }

    // ----- §2.5.4: overdue

    @Test
    void keepsATaskDueOnTheAsOfDateInTime() {
        assertThat(open(R, R.minusDays(5))).isEqualTo(TaskStatus.DANG_TRONG_HAN);
    }

    @Test
    void turnsATaskOverdueTheDayAfterItsDueDate() {
        assertThat(open(R.minusDays(1), R.minusDays(5))).isEqualTo(TaskStatus.DANG_QUA_HAN);
    }

    @Test
    void neverTurnsATaskWithoutADueDateOverdue() {
        assertThat(open(null, R.minusYears(5))).isEqualTo(TaskStatus.DANG_TRONG_HAN);
        assertThat(StatusRule.statusOf(null, null, R.minusYears(5), null, WorkState.DANG_THUC_HIEN, R.plusYears(20)))
                .isEqualTo(TaskStatus.DANG_TRONG_HAN);
    }

    @Test
    void countsATaskAwaitingConfirmationAsNotCompleted() {
        assertThat(StatusRule.statusOf(null, R.minusDays(1), R.minusDays(5), null, WorkState.CHO_XAC_NHAN, R))
                .isEqualTo(TaskStatus.DANG_QUA_HAN);
        assertThat(StatusRule.statusOf(null, R, R.minusDays(5), null, WorkState.CHO_XAC_NHAN, R))
                .isEqualTo(TaskStatus.DANG_TRONG_HAN);
    }

    // ----- §2.5.5: not started

    @Test
    void countsATaskNeverStartedAsNotDone() {
        assertThat(StatusRule.statusOf(null, R.plusDays(10), null, null, WorkState.CHUA_TRIEN_KHAI, R))
                .isEqualTo(TaskStatus.CHUA_THUC_HIEN);
    }

    @Test
    void countsATaskStartedAfterTheAsOfDateAsNotDone() {
        assertThat(open(R.plusDays(10), R.plusDays(1))).isEqualTo(TaskStatus.CHUA_THUC_HIEN);
        assertThat(open(R.plusDays(10), R)).isEqualTo(TaskStatus.DANG_TRONG_HAN);
    }

    @Test
    void turnsATaskNotStartedOverdueOnceItsDueDateHasPassed() {
        assertThat(StatusRule.statusOf(null, R.minusDays(1), null, null, WorkState.CHUA_TRIEN_KHAI, R))
                .isEqualTo(TaskStatus.DANG_QUA_HAN);
        assertThat(StatusRule.statusOf(null, R, null, null, WorkState.CHUA_TRIEN_KHAI, R))
                .isEqualTo(TaskStatus.CHUA_THUC_HIEN);
    }

    // ----- §2.4: paused and stopped tasks are listed apart

    @Test
    void listsAPausedTaskApartFromTheDayItWasPaused() {
        assertThat(StatusRule.statusOf(null, R.plusDays(5), R.minusDays(10), R, WorkState.TAM_DUNG, R))
                .isEqualTo(TaskStatus.TAM_DUNG);
    }

    @Test
    void listsAStoppedTaskApartFromTheDayItWasStopped() {
        assertThat(StatusRule.statusOf(null, R.plusDays(5), R.minusDays(10), R, WorkState.DUNG_THUC_HIEN, R))
                .isEqualTo(TaskStatus.DUNG_THUC_HIEN);
    }

    @Test
    void listsAHaltedTaskApartEvenWhenItsDueDateHasPassed() {
        assertThat(StatusRule.statusOf(null, R.minusDays(10), R.minusDays(20), R.minusDays(15), WorkState.TAM_DUNG, R))
                .isEqualTo(TaskStatus.TAM_DUNG);
    }

    @Test
    void countsAHaltedTaskNormallyBeforeTheDayItWasHalted() {
        LocalDate haltedOn = R.plusDays(1);
        assertThat(StatusRule.statusOf(null, R.plusDays(5), R.minusDays(10), haltedOn, WorkState.TAM_DUNG, R))
                .isEqualTo(TaskStatus.DANG_TRONG_HAN);
        assertThat(StatusRule.statusOf(null, R.minusDays(1), R.minusDays(10), haltedOn, WorkState.DUNG_THUC_HIEN, R))
                .isEqualTo(TaskStatus.DANG_QUA_HAN);
        assertThat(StatusRule.statusOf(null, R.plusDays(5), null, haltedOn, WorkState.TAM_DUNG, R))
                .isEqualTo(TaskStatus.CHUA_THUC_HIEN);
    }

    @Test
    void ignoresAHaltDateOnceWorkHasResumed() {
        assertThat(StatusRule.statusOf(null, R.plusDays(5), R.minusDays(10), R.minusDays(3), WorkState.DANG_THUC_HIEN, R))
                .isEqualTo(TaskStatus.DANG_TRONG_HAN);
    }

    // ----- §2.5.6: days late

    @Test
    void countsDaysLateFromTheDayAfterTheDueDateToTheCompletion() {
        assertThat(StatusRule.daysLate(LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 16), R)).isEqualTo(4);
        assertThat(StatusRule.daysLate(LocalDate.of(2023, 1, 17), LocalDate.of(2023, 1, 16), R)).isEqualTo(1);
    }

    @Test
    void countsDaysLateOfAnUnfinishedTaskUpToTheAsOfDate() {
        assertThat(StatusRule.daysLate(null, R.minusDays(3), R)).isEqualTo(3);
        assertThat(StatusRule.daysLate(R.plusDays(7), R.minusDays(3), R)).isEqualTo(3);
    }

    @Test
    void countsNoDaysLateOnTimeOrWithoutADueDate() {
        assertThat(StatusRule.daysLate(R, R, R)).isZero();
        assertThat(StatusRule.daysLate(R.minusDays(2), R, R)).isZero();
        assertThat(StatusRule.daysLate(null, R, R)).isZero();
        assertThat(StatusRule.daysLate(null, R.plusDays(9), R)).isZero();
        assertThat(StatusRule.daysLate(R, null, R.plusYears(1))).isZero();
    }

    // ----- properties over any facts

    /** The facts the rule reads, on dates in a small window so that equal dates and neighbours are frequent. */
    record Facts(LocalDate completedOn, LocalDate due, LocalDate startedOn, LocalDate haltedOn, WorkState state) {

        TaskStatus on(LocalDate asOf) {
            return StatusRule.statusOf(completedOn, due, startedOn, haltedOn, state, asOf);
        }
    }

    private static final LocalDate WINDOW = LocalDate.of(2024, 2, 20);

    @Provide
    Arbitrary<LocalDate> day() {
        return Arbitraries.integers().between(0, 20).map(WINDOW::plusDays);
    }

    @Provide
    Arbitrary<Facts> facts() {
        Arbitrary<LocalDate> maybe = day().injectNull(0.3);
        return Combinators.combine(maybe, maybe, maybe, maybe, Arbitraries.of(WorkState.class)).as(Facts::new);
    }

    /**
     * Each status of §2.4–2.5 stated on its own: for any facts exactly one holds, and it is the one given.
     */
    @Property
    void givesExactlyOneStatusForAnyFacts(@ForAll("facts") Facts f, @ForAll("day") LocalDate asOf) {
        boolean done = f.completedOn() != null && !f.completedOn().isAfter(asOf);
        boolean halted = !done && f.haltedOn() != null && !f.haltedOn().isAfter(asOf)
                && (f.state() == WorkState.TAM_DUNG || f.state() == WorkState.DUNG_THUC_HIEN);
        boolean overdue = f.due() != null && f.due().isBefore(asOf);
        boolean started = f.startedOn() != null && !f.startedOn().isAfter(asOf);
        Set<TaskStatus> holding = EnumSet.noneOf(TaskStatus.class);
        if (done && (f.due() == null || !f.completedOn().isAfter(f.due()))) {
            holding.add(TaskStatus.HT_DUNG_HAN);
        }
        if (done && f.due() != null && f.completedOn().isAfter(f.due())) {
            holding.add(TaskStatus.HT_QUA_HAN);
        }
        if (halted && f.state() == WorkState.TAM_DUNG) {
            holding.add(TaskStatus.TAM_DUNG);
        }
        if (halted && f.state() == WorkState.DUNG_THUC_HIEN) {
            holding.add(TaskStatus.DUNG_THUC_HIEN);
        }
        if (!done && !halted && overdue) {
            holding.add(TaskStatus.DANG_QUA_HAN);
        }
        if (!done && !halted && !overdue && !started) {
            holding.add(TaskStatus.CHUA_THUC_HIEN);
        }
        if (!done && !halted && !overdue && started) {
            holding.add(TaskStatus.DANG_TRONG_HAN);
        }
        assertThat(holding).containsExactly(f.on(asOf));
    }

    @Property
    void keepsATaskCompletedWithTheSameVerdictOnEveryLaterDate(@ForAll("facts") Facts f,
            @ForAll("day") LocalDate completedOn, @ForAll @IntRange(max = 30) int daysAfterCompletion,
            @ForAll @IntRange(max = 400) int daysLater) {
        Facts done = new Facts(completedOn, f.due(), f.startedOn(), f.haltedOn(), f.state());
        LocalDate asOf = completedOn.plusDays(daysAfterCompletion);
        TaskStatus then = done.on(asOf);
        assertThat(then.completed()).isTrue();
        assertThat(done.on(asOf.plusDays(daysLater))).isEqualTo(then);
    }

    @Property
    void keepsAnUnfinishedTaskOverdueOnEveryLaterDateUntilItIsCompleted(@ForAll("facts") Facts f,
            @ForAll("day") LocalDate due, @ForAll @IntRange(min = 1, max = 30) int daysPastDue,
            @ForAll @IntRange(max = 400) int daysLater, @ForAll @IntRange(min = -1, max = 400) int completedAfter) {
        LocalDate asOf = due.plusDays(daysPastDue);
        LocalDate completedOn = completedAfter < 0 ? null : asOf.plusDays(1 + completedAfter);
        Facts open = new Facts(completedOn, due, f.startedOn(), null, f.state());
        assertThat(open.on(asOf)).isEqualTo(TaskStatus.DANG_QUA_HAN);
        LocalDate later = asOf.plusDays(daysLater);
        if (completedOn == null || later.isBefore(completedOn)) {
            assertThat(open.on(later)).isEqualTo(TaskStatus.DANG_QUA_HAN);
        } else {
            assertThat(open.on(later)).isEqualTo(TaskStatus.HT_QUA_HAN);
        }
    }

    @Property
    void leavesOutOfTheCountsOnlyPausedAndStoppedTasks(@ForAll TaskStatus status) {
        assertThat(status.counted()).isEqualTo(status != TaskStatus.TAM_DUNG && status != TaskStatus.DUNG_THUC_HIEN);
    }

    @Property
    void leavesATaskOutOfTheCountsOnlyWhenHaltedAndNotCompletedOnTheAsOfDate(@ForAll("facts") Facts f,
            @ForAll("day") LocalDate asOf) {
        boolean halted = f.haltedOn() != null && !f.haltedOn().isAfter(asOf)
                && (f.state() == WorkState.TAM_DUNG || f.state() == WorkState.DUNG_THUC_HIEN);
        boolean done = f.completedOn() != null && !f.completedOn().isAfter(asOf);
        assertThat(f.on(asOf).counted()).isEqualTo(!halted || done);
    }
}
