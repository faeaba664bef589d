package vn.nhiemvu.notify;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import vn.nhiemvu.task.WorkingCalendar;

/**
 * The reminder a task should have on a given day under an agency's rules (issue #7: 7 and 1 days before,
 * on the day, then every 3 working days while overdue). Only the latest step that applies is answered:
 * after a day without a run, the stale earlier step is not sent late.
 */
final class ReminderPlan {

    private ReminderPlan() {
    }

    static Optional<ReminderStep> stepOn(LocalDate today, LocalDate due, ReminderRules rules, WorkingCalendar calendar) {
        if (today.equals(due)) {
            return Optional.of(new ReminderStep("DUE", ReminderStep.Kind.DUE, 0));
        }
        if (today.isBefore(due)) {
            return rules.daysBefore().stream()
                    .filter(days -> days > 0 && !today.isBefore(due.minusDays(days)))
                    .min(Comparator.naturalOrder())
                    .map(days -> new ReminderStep("BEFORE_" + days, ReminderStep.Kind.BEFORE, days));
        }
        if (rules.overdueEveryWorkDays() <= 0) {
            return Optional.empty();
        }
        int workingDaysLate = 0;
        for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                workingDaysLate++;
            }
        }
        int round = workingDaysLate / rules.overdueEveryWorkDays();
        return round == 0 ? Optional.empty()
                : Optional.of(new ReminderStep("OVERDUE_" + round, ReminderStep.Kind.OVERDUE,
                        (int) java.time.temporal.ChronoUnit.DAYS.between(due, today)));
    }
}
