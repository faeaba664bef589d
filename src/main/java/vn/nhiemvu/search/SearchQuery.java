package vn.nhiemvu.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A query as typed and in the normal form the index holds; {@code words} are its words of two letters or
 * more, at most {@link #MAX_WORDS} (an abbreviation counts as the words it stands for), each matched on its own
 * (so that their order does not matter).
 * {@code alternatives} holds, for a word found in no text, the known words it may be a typo of.
 */
public record SearchQuery(String typed, String normalized, List<String> words, Map<String, List<String>> alternatives) {

    public static final int MAX_TYPED = 200;
    public static final int MAX_WORDS = 12;

    static SearchQuery of(String typed, String normalized) {
        List<String> words = normalized == null ? List.of()
                : Arrays.stream(normalized.strip().split("\\s+"))
                        .filter(word -> word.length() >= 2)
                        .distinct()
                        .limit(MAX_WORDS)
                        .toList();
        return new SearchQuery(typed, normalized, words, Map.of());
    }

    SearchQuery withAlternatives(Map<String, List<String>> typos) {
        return new SearchQuery(typed, normalized, words, Map.copyOf(typos));
    }

    /**
     * The words as a PostgreSQL {@code tsquery} of the 'simple' configuration, every word required: "khoi &
     * (nghep | nghiep | nghe)" for "khởi nghệp". Words in normal form are letters and digits only.
     */
    public String fullText() {
        List<String> terms = new ArrayList<>();
        for (String word : words) {
            List<String> others = alternatives.getOrDefault(word, List.of());
            terms.add(others.isEmpty() ? word : "(" + word + " | " + String.join(" | ", others) + ")");
        }
        return String.join(" & ", terms);
    }

    public boolean empty() {
        return words.isEmpty();
    }

    /**
     * The SQL condition "each word occurs in {@code column}" (a text in the normal form of {@code search_normalize}),
     * its parameters {@code :w0, :w1…} put in {@code params}. A word of four letters or more may be mistyped
     * (pg_trgm word similarity, {@code <%}); a shorter one has too few trigrams for that and must occur as written,
     * as a whole word.
     */
    public String allWordsIn(String column, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            conditions.add(word.length() >= 4 ? "(:w" + i + " <% " + column + ")"
                    : "(" + column + " ~ ('\\m' || :w" + i + " || '\\M'))");
            params.put("w" + i, word);
        }
        return String.join(" and ", conditions);
    }

    /**
     * The SQL rank of a match in {@code column}: the sum of each typed word's similarity to its closest part of
     * the text, its parameters put in {@code params}. Sources rank their hits on one scale with it.
     */
    public String scoreIn(String column, Map<String, Object> params) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            terms.add("word_similarity(:w" + i + ", " + column + ")");
            params.put("w" + i, words.get(i));
        }
        return String.join(" + ", terms);
    }

    /**
     * The rank of a row that matches {@link #fullText()}, on the scale of {@link #scoreIn}: a word found as
     * written is a whole word of the text, which word_similarity would score 1, so only a word standing for its
     * typo alternatives is compared letter by letter (word_similarity costs ~15 µs a word on a row of a hundred
     * letters: 5 ms for 100 rows of a three-word query). Its parameters {@code :t0, :t1…} go in {@code params}.
     */
    public String fullTextScoreIn(String column, Map<String, Object> params) {
        int exact = 0;
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (alternatives.getOrDefault(word, List.of()).isEmpty()) {
                exact++;
            } else {
                terms.add("word_similarity(:t" + i + ", " + column + ")");
                params.put("t" + i, word);
            }
        }
        terms.add(0, String.valueOf(exact));
        return String.join(" + ", terms);
    }
}
