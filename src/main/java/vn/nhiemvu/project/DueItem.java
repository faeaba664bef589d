package vn.nhiemvu.project;

import java.time.LocalDate;

/** Something due on a project: a message key ({@code project.due.*}), its date when it has one, and whether it passed. */
public record DueItem(String key, LocalDate date, boolean overdue) {
}
