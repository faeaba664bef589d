package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import vn.nhiemvu.task.UploadedFile;
import vn.nhiemvu.task.WorkState;

/** The small forms of a task's page; each carries the version the user read. */
final class TaskActionForms {

    private TaskActionForms() {
    }

    record ProgressForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, String note, Integer percent,
            MultipartFile file, Integer version) {
    }

    record CompletionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn, String result,
            MultipartFile file, Integer version) {
    }

    record ExtensionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedDeadline, String reason) {
    }

    record DecisionForm(boolean approved, String note) {
    }

    record StateForm(WorkState state, Integer version) {
    }

    record AssigneesForm(List<Long> assigneeIds, int version) {
    }

    static UploadedFile upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
