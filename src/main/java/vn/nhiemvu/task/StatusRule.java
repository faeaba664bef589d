package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The status of a task on an as-of date R (domain spec §2.5). Never stored: computed for whatever date a
 * screen or report asks. The SQL function {@code task_status} is its twin for lists and counts.
 */
public final class StatusRule {

    private StatusRule() {
    }

    /**
     * @param completedOn the completion date, or null
     * @param due         the effective due date in force on {@code asOf} (after approved extensions), or null
     * @param startedOn   when work started; null while not started (Chưa triển khai)
     * @param haltedOn    when the task was paused or stopped, or null
     * @param state       the work state set by users
     */
    public static TaskStatus statusOf(LocalDate completedOn, LocalDate due, LocalDate startedOn, LocalDate haltedOn,
            WorkState state, LocalDate asOf) {
        // §2.5.2: a completion after R is ignored for that date.
        if (completedOn != null && !completedOn.isAfter(asOf)) {
            // §2.5.3, and §2.3.2: completion on the due date itself is on time.
            return due == null || !completedOn.isAfter(due) ? TaskStatus.HT_DUNG_HAN : TaskStatus.HT_QUA_HAN;
        }
        if (haltedOn != null && !haltedOn.isAfter(asOf) && state.halted()) {
            return state == WorkState.TAM_DUNG ? TaskStatus.TAM_DUNG : TaskStatus.DUNG_THUC_HIEN;
        }
        // §2.5.4: overdue whether or not work started; the term ends at 24:00 of the due day (BLDS 2015, Art. 148(6)).
        if (due != null && due.isBefore(asOf)) {
            return TaskStatus.DANG_QUA_HAN;
        }
        if (startedOn == null || startedOn.isAfter(asOf)) {
            return TaskStatus.CHUA_THUC_HIEN;
        }
        return TaskStatus.DANG_TRONG_HAN;
    }

    /** Calendar days from due+1 to min(completion, R) (§2.5.6); zero when not late. */
    public static long daysLate(LocalDate completedOn, LocalDate due, LocalDate asOf) {
        if (due == null) {
            return 0;
        }
        LocalDate end = completedOn != null && !completedOn.isAfter(asOf) ? completedOn : asOf;
        return Math.max(0, ChronoUnit.DAYS.between(due, end));
    }
}
