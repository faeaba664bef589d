package vn.nhiemvu.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.org.SignedInUser;

/** Searches every module's source and ranks what they find. */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int PER_KIND = 20;
    static final String WORD_SIMILARITY = "0.5";
    /** How many known words a typo may stand for. */
    static final int TYPO_ALTERNATIVES = 3;

    private final JdbcClient jdbc;
    private final List<SearchSource> sources;

    SearchService(JdbcClient jdbc, List<SearchSource> sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    /** The typed text in the normal form of the index, by the same SQL function, so both always agree. */
    public SearchQuery query(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > SearchQuery.MAX_TYPED) {
            text = text.substring(0, SearchQuery.MAX_TYPED);
        }
        String normalized = text.isEmpty() ? ""
                : jdbc.sql("select search_normalize(?)").param(text).query(String.class).single();
        SearchQuery query = SearchQuery.of(text, normalized);
        return query.withAlternatives(typos(query.words()));
    }

    /**
     * For each word of four letters or more found in no text, the known words it is most like (pg_trgm similarity
     * over the list of words, search_word): "nghep" → nghe, nghiep… Shorter words have too few trigrams to judge.
     */
    private Map<String, List<String>> typos(List<String> words) {
        Map<String, List<String>> typos = new LinkedHashMap<>();
        for (String word : words) {
            if (word.length() < 4 || jdbc.sql("select exists (select 1 from search_word where word = ?)").param(word)
                    .query(Boolean.class).single()) {
                continue;
            }
            typos.put(word, jdbc.sql("""
                    select word from search_word where word % :word
                    order by similarity(word, :word) desc, word limit :alternatives""")
                    .param("word", word).param("alternatives", TYPO_ALTERNATIVES).query(String.class).list());
        }
        return typos;
    }

    public SearchResults search(SignedInUser user, String typed) {
        SearchQuery query = query(typed);
        if (query.empty()) {
            return new SearchResults(query, Map.of());
        }
        // One missing or extra letter in a word of five leaves about 0.57 of its trigrams (pg_trgm default 0.6).
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)").param(WORD_SIMILARITY)
                .query(String.class).single();
        // How many rows a trigram condition keeps depends on the words. The generic plan PostgreSQL adopts for a
        // statement run five times on a connection cannot know it, and judges the matches of every agency before
        // keeping the user's (directives of a 100,000-task agency: 2 s instead of 0.3 s, docs/benchmarks.md).
        jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
        List<List<SearchHit>> groups = new ArrayList<>();
        for (SearchSource source : sources) {
            List<SearchHit> hits = source.search(user, query, PER_KIND);
            if (!hits.isEmpty()) {
                groups.add(hits);
            }
        }
        groups.sort(Comparator.comparingDouble((List<SearchHit> hits) -> hits.get(0).score()).reversed());
        Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
        groups.forEach(hits -> byKind.put(hits.get(0).kind(), hits));
        return new SearchResults(query, byKind);
    }
}
