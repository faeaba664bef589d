package vn.nhiemvu.project;

import java.time.LocalDate;

/** A card of the board: what identifies the project and what is due on it. */
public record BoardCard(long id, String code, String name, ProjectLevel level, String programme, String hostName,
        String investigatorName, LocalDate dueOn, boolean overdue) {
}
