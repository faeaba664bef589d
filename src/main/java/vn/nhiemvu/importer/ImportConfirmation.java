package vn.nhiemvu.importer;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.task.Deadline;

/**
 * What a reviewer confirms: the directive the document is, and the tasks to create from it. A task that
 * cites its own directive ("6447/UBND-NC ngày 24/12/2022", a report's appendix) goes under that one,
 * registered when missing; the others under the document's directive.
 */
public record ImportConfirmation(String contentHash, String fileName, DirectiveFields directive,
        String defaultLeadUnitCode, List<TaskFields> tasks) {

    /** The document as a directive. */
    public record DirectiveFields(String reference, LocalDate issuedOn, String issuer, String kind, String summary,
            boolean issuedByAgency) {
    }

    /** One confirmed task; {@code completedOn} and {@code result} come from a report's appendix. */
    public record TaskFields(String content, String leadUnitCode, List<String> supportUnitCodes, String assignee,
            Deadline deadline, String sourceRef, LocalDate completedOn, String result) {
    }
}
