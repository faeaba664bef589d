package vn.nhiemvu.task;

import java.time.LocalDate;

/**
 * What a task list shows: whose tasks, their status on {@code asOf}, those assigned between {@code from}
 * and {@code to}, and the rest of the filters; all optional but the scope.
 */
public record TaskFilter(Scope scope, Long unitId, TaskStatus status, LocalDate asOf, LocalDate from, LocalDate to,
        Long issuerId, Long directiveId, Long assigneeId, String text, Integer dueWithinDays, Sort sort, int page,
        int size) {

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

    public static TaskFilter all(LocalDate asOf) {
        return new TaskFilter(Scope.ALL, null, null, asOf, null, null, null, null, null, null, null, null, 0, 50);
    }
}
