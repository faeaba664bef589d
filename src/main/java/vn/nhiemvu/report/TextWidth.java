package vn.nhiemvu.report;

import java.text.Normalizer;

/**
 * How wide a line of Times New Roman is, from the advance widths of its Latin letters (diacritics do not widen a
 * letter): enough to draw the lines under the motto and the agency name as long as the text (NĐ 30/2020 Phụ lục
 * I, ô 1–2) and to size the header's columns.
 */
final class TextWidth {

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int[] REGULAR = {722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
        278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444};
    private static final int[] BOLD = {722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
        278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444};

    private TextWidth() {
    }

    /** The width in twentieths of a point of the text set in Times New Roman of that size. */
    static double twips(String text, boolean bold, double points) {
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        int[] widths = bold ? BOLD : REGULAR;
        long units = 0;
        char base = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == HORN) {
                // ư, Ư and ơ are wider than u, U and o (Liberation Serif: ư 542 against 500, Ư 776 against 722).
                units += horn(base, bold);
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            base = c;
            int letter = LETTERS.indexOf(c);
            if (letter >= 0) {
                units += widths[letter];
            } else if (Character.isDigit(c)) {
                units += 500;
            } else if (c == ' ' || c == ',' || c == '.' || c == '/' || c == ':' || c == ';') {
                units += c == ':' && bold ? 333 : c == ':' || c == '/' || c == ';' ? 278 : 250;
            } else if (c == '-' || c == '(' || c == ')') {
                units += 333;
            } else {
                units += 600;
            }
        }
        return units / 1000.0 * points * 20;
    }

    private static final char HORN = '\u031B';

    private static int horn(char base, boolean bold) {
        return switch (base) {
            case 'u' -> bold ? 44 : 42;
            case 'U' -> bold ? 74 : 54;
            case 'o' -> bold ? 54 : 29;
            default -> 0;
        };
    }
}
