package vn.nhiemvu.notify;

import java.util.List;

/**
 * An agency's reminder rules: days before a deadline, then every n working days while overdue.
 *
 * @param daysBefore           calendar days before the due date, e.g. [7, 1]
 * @param overdueEveryWorkDays working days between reminders of an overdue task
 */
public record ReminderRules(List<Integer> daysBefore, int overdueEveryWorkDays, int version) {
}
