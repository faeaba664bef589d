package vn.nhiemvu.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field's value before and after a change. */
public record Change(String field, String before, String after) {

    /** Collects the fields whose values differ; unchanged ones are left out of the trail. */
    public static final class Builder {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private final List<Change> changes = new ArrayList<>();

        public Builder field(String field, Object before, Object after) {
            String b = text(before);
            String a = text(after);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(field, b, a));
            }
            return this;
        }

        /** Dates as users read them (dd/MM/yyyy), everything else as its string. */
        private static String text(Object value) {
            if (value instanceof LocalDate date) {
                return DATE.format(date);
            }
            return value == null ? null : String.valueOf(value);
        }

        public List<Change> build() {
            return List.copyOf(changes);
        }
    }

    public static Builder diff() {
        return new Builder();
    }
}
