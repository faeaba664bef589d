package vn.nhiemvu.search;

import java.text.Normalizer;
import java.util.List;

/**
 * A short extract of a text around the first word of a query found in it, compared without diacritics;
 * Vietnamese letters lose their marks one for one, so positions in the folded text are positions in the
 * original.
 */
public final class Snippets {

    static final int WIDTH = 160;

    private Snippets() {
    }

    public static String around(String text, List<String> words) {
        if (text == null) {
            return "";
        }
        String folded = fold(text);
        int first = -1;
        for (String word : words) {
            int at = folded.indexOf(word);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (text.length() <= WIDTH) {
            return text;
        }
        int start = Math.max(0, (first < 0 ? 0 : first) - WIDTH / 4);
        int end = Math.min(text.length(), start + WIDTH);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** A piece of a snippet, marked when it is one of the query's words. */
    public record Segment(String text, boolean match) {
    }

    /** The text cut into plain and matching pieces, for a page to mark the words found. */
    public static List<Segment> segments(String text, List<String> words) {
        String folded = fold(text);
        boolean[] marked = new boolean[text.length()];
        for (String word : words) {
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                int end = at + word.length();
                boolean wholeWord = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                        && (end >= folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
                if (wholeWord) {
                    java.util.Arrays.fill(marked, at, Math.min(text.length(), end), true);
                }
            }
        }
        List<Segment> segments = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                segments.add(new Segment(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return segments;
    }

    /** Lower case without diacritics; đ becomes d. Same length as the input. */
    public static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = c < FOLDED.length ? FOLDED[c] : foldOne(c);
        }
        return new String(folded);
    }

    /**
     * Every letter up to the end of Latin Extended Additional (where Vietnamese letters with two marks sit),
     * folded once: a page of search results folds some 10,000 letters.
     */
    private static final char[] FOLDED = new char[0x1F00];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldOne(c);
        }
    }

    private static char foldOne(char c) {
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        return Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0));
    }
}
