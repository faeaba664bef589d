package vn.nhiemvu.importer.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.nhiemvu.importer.ImportConfirmation;
import vn.nhiemvu.task.Deadline;
import vn.nhiemvu.task.DeadlineKind;

/** The review page's form: the directive, the default lead, and each proposed task, kept or dropped. */
record ReviewForm(String reference, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, String issuer,
        String kind, String summary, Boolean issuedByAgency, String defaultLeadUnitCode, List<TaskRow> tasks) {

    /** One proposed task as the reviewer edits it. */
    record TaskRow(Boolean keep, String content, String leadUnitCode, List<String> supportUnitCodes, String assignee,
            DeadlineKind deadlineKind, String deadlineValue, String deadlineText, String sourceRef,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn, String result) {
    }

    static ReviewForm of(ImportConfirmation defaults) {
        List<TaskRow> rows = new ArrayList<>();
        for (ImportConfirmation.TaskFields task : defaults.tasks()) {
            Deadline deadline = task.deadline();
            rows.add(new TaskRow(true, task.content(), task.leadUnitCode(), task.supportUnitCodes(), task.assignee(),
                    deadline.kind(), deadline.value(), deadline.text(), task.sourceRef(), task.completedOn(),
                    task.result()));
        }
        ImportConfirmation.DirectiveFields d = defaults.directive();
        return new ReviewForm(d.reference(), d.issuedOn(), d.issuer(), d.kind(), d.summary(), d.issuedByAgency(),
                defaults.defaultLeadUnitCode(), rows);
    }

    ImportConfirmation confirmation(String contentHash, String fileName) {
        List<ImportConfirmation.TaskFields> kept = new ArrayList<>();
        for (TaskRow row : tasks == null ? List.<TaskRow>of() : tasks) {
            if (Boolean.TRUE.equals(row.keep())) {
                kept.add(new ImportConfirmation.TaskFields(row.content(), blankToNull(row.leadUnitCode()),
                        row.supportUnitCodes() == null ? List.of() : row.supportUnitCodes(), blankToNull(row.assignee()),
                        Deadline.of(row.deadlineKind(), row.deadlineValue(), row.deadlineText()), row.sourceRef(),
                        row.completedOn(), blankToNull(row.result())));
            }
        }
        return new ImportConfirmation(contentHash, fileName, new ImportConfirmation.DirectiveFields(reference, issuedOn,
                issuer, kind, summary, Boolean.TRUE.equals(issuedByAgency)), blankToNull(defaultLeadUnitCode), kept);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
