package vn.nhiemvu.importer;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.nhiemvu.task.DeadlineKind;

/**
 * A deadline as GOLD-FORMAT.md §5 writes it: kind (lower case in JSON, as in the gold files), value
 * ("2020-06-10", "2023-03", "2021-Q3", "2024-H2", "2020", "monthly"…) and the wording it was read from.
 */
public record ProposedDeadline(@JsonIgnore DeadlineKind kind, String value, String text) {

    private static final ProposedDeadline NONE = new ProposedDeadline(DeadlineKind.NONE, null, null);

    public static ProposedDeadline none() {
        return NONE;
    }

    public static ProposedDeadline of(DeadlineKind kind, String value, String text) {
        return new ProposedDeadline(kind, value, text);
    }

    @JsonProperty("kind")
    public String kindCode() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public boolean isNone() {
        return kind == DeadlineKind.NONE;
    }
}
