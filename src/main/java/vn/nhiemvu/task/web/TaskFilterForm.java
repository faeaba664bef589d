package vn.nhiemvu.task.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskStatus;

/** The filters of a task list, as query parameters, so that every list has an address to share. */
record TaskFilterForm(TaskFilter.Scope scope, Long unit, TaskStatus status,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Long issuer, Long directive, Long assignee, String q, Integer dueWithin, TaskFilter.Sort sort, Integer page,
        Boolean topLevel) {

    TaskFilter filter(TaskFilter.Scope defaultScope, int size) {
        return new TaskFilter(scope == null ? defaultScope : scope, unit, status, asOf, from, to, issuer, directive,
                assignee, q, dueWithin, sort, page == null ? 0 : page, size, Boolean.TRUE.equals(topLevel));
    }
}
