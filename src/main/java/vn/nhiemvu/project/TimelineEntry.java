package vn.nhiemvu.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of a project's timeline: a transition ({@code category} TRANSITION, with from → to) or an event
 * ({@code category} ACTIVITY), dated by its document, with what it recorded and who recorded it when.
 */
public record TimelineEntry(long id, String category, String kind, LocalDate occurredOn, ProjectState fromState,
        ProjectState toState, Outcome outcome, DocumentView document, Long amount, LocalDate newDate, String rating,
        String reason, String before, String after, String note, Integer quantity, String warning, String recordedBy,
        OffsetDateTime recordedAt) {

    public boolean transition() {
        return "TRANSITION".equals(category);
    }
}
