package vn.nhiemvu.project;

import java.time.LocalDate;

/** One item of the after-acceptance checklist (§4.1) and when it was done, if it was. */
public record ChecklistItem(ActivityKind kind, boolean done, LocalDate on) {
}
