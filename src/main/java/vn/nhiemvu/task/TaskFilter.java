package vn.nhiemvu.task;

import java.time.LocalDate;

/**
 * What a task list shows: whose tasks, their status on {@code asOf}, those assigned between {@code from}
 * and {@code to}, and the rest of the filters; all optional but the scope. {@code topLevelOnly} leaves out
 * sub-tasks, as figures do, so that a list opened from a figure shows exactly the tasks counted.
 */
public record TaskFilter(Scope scope, Long unitId, TaskStatus status, LocalDate asOf, LocalDate from, LocalDate to,
        Long issuerId, Long directiveId, Long assigneeId, String text, Integer dueWithinDays, Sort sort, int page,
        int size, boolean topLevelOnly) {

    /** Whose tasks: the user's own, their unit's, or the whole agency's (leaders and the office). */
    public enum Scope {
        MINE, UNIT, ALL
    }

    public enum Sort {
        DUE, ASSIGNED_DESC, DIRECTIVE
    }

    public static final int MAX_PAGE_SIZE = 200;

    public TaskFilter {
        scope = scope == null ? Scope.ALL : scope;
        sort = sort == null ? Sort.DUE : sort;
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_PAGE_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Lists show sub-tasks too; figures count a task split among units once (see {@link #topLevelOnly}). */
    public TaskFilter(Scope scope, Long unitId, TaskStatus status, LocalDate asOf, LocalDate from, LocalDate to,
            Long issuerId, Long directiveId, Long assigneeId, String text, Integer dueWithinDays, Sort sort, int page,
            int size) {
        this(scope, unitId, status, asOf, from, to, issuerId, directiveId, assigneeId, text, dueWithinDays, sort, page,
                size, false);
    }

    public static TaskFilter all(LocalDate asOf) {
        return new TaskFilter(Scope.ALL, null, null, asOf, null, null, null, null, null, null, null, null, 0, 50);
    }
}
