package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.nhiemvu.task.Deadline;
import vn.nhiemvu.task.DeadlineKind;
import vn.nhiemvu.task.TaskDetails;
import vn.nhiemvu.task.TaskDraft;

/** The form to assign or edit a task. A DATE deadline comes from the date field, the others from the value field. */
record TaskForm(
        Long directiveId,
        Long parentId,
        @NotBlank(message = "{task.content.required}") @Size(max = 4000, message = "{task.content.size}") String content,
        @NotNull(message = "{task.issuer.required}") Long issuerId,
        @NotNull(message = "{task.leadUnit.required}") Long leadUnitId,
        List<Long> supportUnitIds,
        List<Long> assigneeIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assignedOn,
        DeadlineKind deadlineKind,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineDate,
        String deadlineValue,
        @Size(max = 500, message = "{task.deadline.text.size}") String deadlineText,
        int version) {

    static TaskForm empty(Long directiveId, Long parentId, Long issuerId, LocalDate assignedOn) {
        return new TaskForm(directiveId, parentId, "", issuerId, null, List.of(), List.of(), assignedOn,
                DeadlineKind.DATE, null, "", "", 0);
    }

    static TaskForm of(TaskDetails task) {
        Deadline deadline = task.deadline();
        boolean date = deadline.kind() == DeadlineKind.DATE;
        return new TaskForm(task.directive() == null ? null : task.directive().id(), task.parentId(), task.content(),
                task.issuerId(), task.leadUnitId(), task.supportUnits().stream().map(r -> r.id()).toList(),
                task.assignees().stream().map(r -> r.id()).toList(), task.assignedOn(), deadline.kind(),
                date ? LocalDate.parse(deadline.value()) : null, date ? "" : deadline.value(), deadline.text(),
                task.version());
    }

    TaskDraft draft() {
        DeadlineKind kind = deadlineKind == null ? DeadlineKind.NONE : deadlineKind;
        String value = kind == DeadlineKind.DATE ? (deadlineDate == null ? null : deadlineDate.toString()) : deadlineValue;
        return new TaskDraft(directiveId, parentId, content, issuerId, null, leadUnitId, null,
                supportUnitIds == null ? List.of() : supportUnitIds, List.of(),
                assigneeIds == null ? List.of() : assigneeIds, assignedOn, Deadline.of(kind, value, deadlineText));
    }
}
