package vn.nhiemvu.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * Lĩnh vực KH&CN, level 1 (§2; QĐ 12/2008/QĐ-BKHCN, from 15/12/2025 TT 24/2025/TT-BKHCN). The official code is
 * the digit; deeper levels are kept as a free code on the project.
 */
public enum ScienceField {
    NATURAL("1"), ENGINEERING("2"), MEDICAL("3"), AGRICULTURAL("4"), SOCIAL("5"), HUMANITIES("6");

    private final String code;

    ScienceField(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Accepts the official digit ("4") or the constant's name ("AGRICULTURAL"). */
    public static Optional<ScienceField> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(f -> f.code.equals(v) || f.name().equalsIgnoreCase(v)).findFirst();
    }
}
