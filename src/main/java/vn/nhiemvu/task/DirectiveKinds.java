package vn.nhiemvu.task;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of directive documents: the type abbreviations of NĐ 30/2020/NĐ-CP Phụ lục III that assign
 * tasks, plus CV for a công văn (which has no abbreviation) and KL for a Party conclusion.
 */
public final class DirectiveKinds {

    public static final List<String> ALL = List.of("CV", "QĐ", "KH", "TB", "CT", "NQ", "KL", "CTr", "ĐA", "HD",
            "BC", "TTr", "CĐ", "GM", "QyĐ", "QC");

    private DirectiveKinds() {
    }

    static Optional<String> normalise(String kind) {
        if (kind == null) {
            return Optional.empty();
        }
        String wanted = kind.strip().replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
        return ALL.stream()
                .filter(k -> k.replace('Đ', 'D').toUpperCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
