package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.shared.Page;

/**
 * Where the tasks a user may see stand: the quarter's figures (by unit for those who see the whole agency), the
 * overdue and those due within a week, and the on-time completion of the last months.
 */
public record Dashboard(TaskFilter.Scope scope, LocalDate today, LocalDate from, LocalDate to, TaskSummary total,
        List<UnitSummary> rows, Page<TaskRow> overdue, Page<TaskRow> dueSoon, List<MonthRate> trend) {
}
