package vn.nhiemvu.report;

import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.shared.Refused;

/**
 * The numbered tree of a report's sections, kept as a list in reading order with each section's depth 1 to 4 (NĐ
 * 30/2020 Phụ lục I: phần, mục, khoản, điểm), numbered in the report's {@link Numbering} style. A section's
 * sub-sections are the sections after it that are deeper; a depth may be skipped (sample 000's "Phần II" holds "1.",
 * "2." directly). A section without a heading continues its parent and takes no number.
 */
final class Outline {

    /** The Vietnamese alphabet without its accented letters, đ included. */
    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

    static final int MAX_DEPTH = 4;

    private Outline() {
    }

    /** Each numbered section's label in the given style ("Phần I", "II.", "3.", "b)"…); "" for a section that takes none. */
    static List<String> numbers(List<Integer> depths, List<Boolean> numbered, Numbering style) {
        int[] counters = new int[MAX_DEPTH + 1];
        List<String> labels = new ArrayList<>(depths.size());
        for (int i = 0; i < depths.size(); i++) {
            int depth = depths.get(i);
            if (!numbered.get(i)) {
                labels.add("");
                continue;
            }
            counters[depth]++;
            for (int deeper = depth + 1; deeper <= MAX_DEPTH; deeper++) {
                counters[deeper] = 0;
            }
            labels.add(label(style, depth, counters));
        }
        return labels;
    }

    private static String label(Numbering style, int depth, int[] counters) {
        int n = counters[depth];
        return switch (style) {
            case PARTS_ROMAN -> switch (depth) {
                case 1 -> "Phần " + roman(n);
                case 2 -> roman(n) + ".";
                case 3 -> n + ".";
                default -> letter(n) + ")";
            };
            case PARTS_DECIMAL -> depth == 1 ? "Phần " + n : decimal(counters, depth);
            case LETTERS -> switch (depth) {
                case 1 -> (n <= 26 ? String.valueOf((char) ('A' + n - 1)) : String.valueOf(n)) + ".";
                case 2 -> roman(n) + ".";
                case 3 -> n + ".";
                default -> letter(n) + ")";
            };
        };
    }

    /** "2.", "2.1.", "2.1.3." from the counters below the part; a skipped level leaves no "0." behind. */
    private static String decimal(int[] counters, int depth) {
        StringBuilder label = new StringBuilder();
        for (int level = 2; level <= depth; level++) {
            if (counters[level] > 0) {
                label.append(counters[level]).append('.');
            }
        }
        return label.toString();
    }

    /** The letter of a điểm: a), b)… in the Vietnamese alphabet (đ after d; no f, j, w, z). */
    static String letter(int n) {
        return n <= LETTERS.length ? LETTERS[n - 1] : String.valueOf(n);
    }

    static String roman(int n) {
        return n <= ROMAN.length ? ROMAN[n - 1] : String.valueOf(n);
    }

    /** The end (exclusive) of the section at {@code index} and its sub-sections. */
    static int blockEnd(List<Integer> depths, int index) {
        int end = index + 1;
        while (end < depths.size() && depths.get(end) > depths.get(index)) {
            end++;
        }
        return end;
    }

    /**
     * The order of the sections after moving the one at {@code index}, with its sub-sections, above its previous
     * sibling or below its next one. A section first or last among its siblings does not move.
     */
    static List<Integer> moved(List<Integer> depths, int index, boolean up) {
        int depth = depths.get(index);
        int end = blockEnd(depths, index);
        int firstStart;
        int secondStart;
        int secondEnd;
        if (up) {
            int previous = index - 1;
            while (previous >= 0 && depths.get(previous) > depth) {
                previous--;
            }
            if (previous < 0 || depths.get(previous) < depth) {
                throw Refused.invalid("report.template.section.first");
            }
            firstStart = previous;
            secondStart = index;
            secondEnd = end;
        } else {
            if (end >= depths.size() || depths.get(end) < depth) {
                throw Refused.invalid("report.template.section.last");
            }
            firstStart = index;
            secondStart = end;
            secondEnd = blockEnd(depths, end);
        }
        List<Integer> order = new ArrayList<>(depths.size());
        for (int i = 0; i < firstStart; i++) {
            order.add(i);
        }
        for (int i = secondStart; i < secondEnd; i++) {
            order.add(i);
        }
        for (int i = firstStart; i < secondStart; i++) {
            order.add(i);
        }
        for (int i = secondEnd; i < depths.size(); i++) {
            order.add(i);
        }
        return order;
    }
}
