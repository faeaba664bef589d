package vn.nhiemvu.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One field's value before and after a change. */
public record Change(String field, String before, String after) {

    /** Collects the fields whose values differ; unchanged ones are left out of the trail. */
    public static final class Builder {
        private final List<Change> changes = new ArrayList<>();

        public Builder field(String field, Object before, Object after) {
            String b = before == null ? null : String.valueOf(before);
            String a = after == null ? null : String.valueOf(after);
            if (!Objects.equals(b, a)) {
                changes.add(new Change(field, b, a));
            }
            return this;
        }

        public List<Change> build() {
            return List.copyOf(changes);
        }
    }

    public static Builder diff() {
        return new Builder();
    }
}
