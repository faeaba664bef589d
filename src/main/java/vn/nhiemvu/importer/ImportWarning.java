package vn.nhiemvu.importer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A check on the proposal that a reviewer should look at (issue #6 §4). {@code messageKey} is a key of
 * {@code i18n/importer_*.properties}; {@code task} is the task's {@code n}, or null for the document.
 */
public record ImportWarning(
        Code code,
        @JsonProperty("message_key") String messageKey,
        List<String> arguments,
        Integer task) {

    /** What the check found. */
    public enum Code {
        DIRECTIVE_AFTER_DEADLINE, DEADLINE_BEFORE_DOCUMENT, LEAD_NOT_FOUND, ALREADY_IMPORTED, NO_TASKS
    }

    public ImportWarning {
        arguments = List.copyOf(arguments);
    }

    static ImportWarning of(Code code, String messageKey, Integer task, String... arguments) {
        return new ImportWarning(code, messageKey, List.of(arguments), task);
    }

    /** The same text was imported before (the caller found its content hash); {@code previous} names it. */
    public static ImportWarning alreadyImported(String previous) {
        return of(Code.ALREADY_IMPORTED, "importer.warning.alreadyImported", null, previous == null ? "" : previous);
    }
}
