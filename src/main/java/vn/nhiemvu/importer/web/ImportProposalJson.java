package vn.nhiemvu.importer.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.nhiemvu.importer.ImportConfirmation;
import vn.nhiemvu.importer.ImportDraft;
import vn.nhiemvu.importer.ImportWarning;
import vn.nhiemvu.importer.ProposalMeta;
import vn.nhiemvu.importer.ProposedTask;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Deadline;
import vn.nhiemvu.task.DeadlineKind;

/**
 * The proposal as the API answers it and takes it back: the gold format's field names (GOLD-FORMAT.md §1;
 * deadline kinds in lower case, upper case accepted back), plus the agency's unit codes the leads matched,
 * the directive to create and the default lead for tasks whose text names none.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ImportProposalJson(
        ProposalMeta meta,
        List<TaskJson> tasks,
        List<ImportWarning> warnings,
        @JsonProperty("content_hash") @JsonAlias("contentHash") String contentHash,
        @JsonProperty("file_name") @JsonAlias("fileName") String fileName,
        DirectiveJson directive,
        @JsonProperty("default_lead_unit_code") @JsonAlias("defaultLeadUnitCode") String defaultLeadUnitCode) {

    record DirectiveJson(String reference, @JsonProperty("issued_on") @JsonAlias("issuedOn") LocalDate issuedOn,
            String issuer, String kind, String summary,
            @JsonProperty("issued_by_agency") @JsonAlias("issuedByAgency") Boolean issuedByAgency) {
    }

    record DeadlineJson(String kind, String value, String text) {
    }

    record TaskJson(
            Integer n,
            String section,
            String lead,
            @JsonProperty("lead_canonical") @JsonAlias("leadCanonical") String leadCanonical,
            @JsonProperty("leadUnitCode") @JsonAlias("lead_unit_code") String leadUnitCode,
            List<String> support,
            @JsonProperty("support_canonical") @JsonAlias("supportCanonical") List<String> supportCanonical,
            @JsonProperty("supportUnitCodes") @JsonAlias("support_unit_codes") List<String> supportUnitCodes,
            String assignee,
            String assigner,
            DeadlineJson deadline,
            String period,
            String content,
            @JsonProperty("source_ref") @JsonAlias("sourceRef") String sourceRef,
            String status,
            String completed,
            String result) {

        /** The example of issue #6 spells it this way too. */
        @JsonProperty("sourceRef")
        String sourceRefCamel() {
            return sourceRef;
        }
    }

    static ImportProposalJson of(ImportDraft draft, ImportConfirmation defaults,
            Function<String, Optional<String>> unitCode) {
        List<TaskJson> tasks = new ArrayList<>();
        for (int i = 0; i < draft.proposal().tasks().size(); i++) {
            ProposedTask task = draft.proposal().tasks().get(i);
            ImportConfirmation.TaskFields fields = defaults.tasks().get(i);
            tasks.add(new TaskJson(task.n(), task.section(), task.lead(), task.leadCanonical(), fields.leadUnitCode(),
                    task.support(), task.supportCanonical(), fields.supportUnitCodes(), task.assignee(),
                    task.assigner(), new DeadlineJson(task.deadline().kindCode(), task.deadline().value(),
                            task.deadline().text()),
                    task.period(), task.content(), task.sourceRef(), task.status(), task.completed(), task.result()));
        }
        ImportConfirmation.DirectiveFields d = defaults.directive();
        return new ImportProposalJson(draft.proposal().meta(), tasks, draft.proposal().warnings(),
                draft.proposal().contentHash(), draft.fileName(),
                new DirectiveJson(d.reference(), d.issuedOn(), d.issuer(), d.kind(), d.summary(), d.issuedByAgency()),
                defaults.defaultLeadUnitCode());
    }

    ImportConfirmation confirmation() {
        if (directive == null) {
            throw Refused.invalid("import.directive.required");
        }
        List<ImportConfirmation.TaskFields> fields = new ArrayList<>();
        for (TaskJson task : tasks == null ? List.<TaskJson>of() : tasks) {
            fields.add(new ImportConfirmation.TaskFields(task.content(), task.leadUnitCode(),
                    ImportApiController.orEmpty(task.supportUnitCodes()), task.assignee(), deadline(task.deadline()),
                    task.sourceRef(), completed(task.completed()), task.result()));
        }
        return new ImportConfirmation(contentHash, fileName,
                new ImportConfirmation.DirectiveFields(directive.reference(), directive.issuedOn(), directive.issuer(),
                        directive.kind(), directive.summary(), Boolean.TRUE.equals(directive.issuedByAgency())),
                defaultLeadUnitCode, fields);
    }

    private static Deadline deadline(DeadlineJson deadline) {
        if (deadline == null || deadline.kind() == null || deadline.kind().isBlank()) {
            return Deadline.none();
        }
        DeadlineKind kind;
        try {
            kind = DeadlineKind.valueOf(deadline.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("task.deadline.kind.unknown", deadline.kind());
        }
        return Deadline.of(kind, deadline.value(), deadline.text());
    }

    private static LocalDate completed(String completed) {
        if (completed == null || completed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(completed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Refused.invalid("import.completed.invalid", completed);
        }
    }
}
