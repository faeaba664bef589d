package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Deadline;
import vn.nhiemvu.task.DeadlineKind;
import vn.nhiemvu.task.DirectiveDraft;
import vn.nhiemvu.task.TaskDraft;

/** The JSON bodies of the task API. */
final class TaskApiRequests {

    private TaskApiRequests() {
    }

    record DirectiveRequest(String reference, LocalDate issuedOn, String issuer, Long issuerId, String kind,
            String summary, Boolean issuedByAgency, LocalDate receivedOn) {

        DirectiveDraft draft() {
            return new DirectiveDraft(reference, issuedOn, issuerId, issuer, kind, summary,
                    Boolean.TRUE.equals(issuedByAgency), receivedOn);
        }
    }

    /** {@code {"kind":"DATE","value":"2023-01-15","text":"…"}}; the kind in either case ("date" as in GOLD-FORMAT). */
    record DeadlineRequest(String kind, String value, String text) {

        Deadline deadline() {
            if (kind == null || kind.isBlank()) {
                return Deadline.of(DeadlineKind.NONE, null, text);
            }
            DeadlineKind parsed;
            try {
                parsed = DeadlineKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw Refused.invalid("task.deadline.kind.unknown", kind);
            }
            return Deadline.of(parsed, value, text);
        }
    }

    record TaskRequest(Long directiveId, Long parentId, String content, String issuer, Long issuerId, String leadUnit,
            Long leadUnitId, List<String> supportUnits, List<Long> assignees, LocalDate assignedOn,
            DeadlineRequest deadline) {

        TaskDraft draft() {
            return new TaskDraft(directiveId, parentId, content, issuerId, issuer, leadUnitId, leadUnit, List.of(),
                    supportUnits == null ? List.of() : supportUnits, assignees == null ? List.of() : assignees,
                    assignedOn, deadline == null ? Deadline.none() : deadline.deadline());
        }
    }

    record ProgressRequest(LocalDate on, String note, Integer percent) {
    }

    record CompletionRequest(LocalDate completedOn, String result) {
    }

    record ExtensionRequest(LocalDate requestedDeadline, String reason) {
    }

    record DecisionRequest(Boolean approved, String note) {
    }

    record NoteRequest(String note) {
    }

    record Created(long id) {
    }
}
