package vn.nhiemvu.search;

import java.util.Arrays;
import java.util.List;

/**
 * A query as typed and in the normal form the index holds; {@code words} are its words of two letters or
 * more, at most {@link #MAX_WORDS}, each matched on its own (so that their order does not matter).
 */
public record SearchQuery(String typed, String normalized, List<String> words) {

    public static final int MAX_TYPED = 200;
    public static final int MAX_WORDS = 8;

    static SearchQuery of(String typed, String normalized) {
        List<String> words = normalized == null ? List.of()
                : Arrays.stream(normalized.strip().split("\\s+"))
                        .filter(word -> word.length() >= 2)
                        .distinct()
                        .limit(MAX_WORDS)
                        .toList();
        return new SearchQuery(typed, normalized, words);
    }

    public boolean empty() {
        return words.isEmpty();
    }
}
