package vn.nhiemvu.task;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchHit;
import vn.nhiemvu.search.SearchQuery;
import vn.nhiemvu.search.SearchSource;
import vn.nhiemvu.search.Snippets;

/**
 * Tasks and directives for the search box: every word of the query must be found in the row's search
 * text, exactly or by trigram word similarity (typos); rows rank by their summed similarity.
 */
class TaskSearch {

    private TaskSearch() {
    }

    /**
     * The condition "each word occurs", its score, and their parameters. A word of four letters or more may
     * be mistyped (trigram word similarity); a shorter one has too few trigrams for that and must occur as
     * written (in normal form), as a whole word.
     */
    static String allWords(String column, SearchQuery query, java.util.Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < query.words().size(); i++) {
            String word = query.words().get(i);
            conditions.add(word.length() >= 4 ? "(:w" + i + " <% " + column + ")"
                    : "(" + column + " ~ ('\\m' || :w" + i + " || '\\M'))");
            params.put("w" + i, word);
        }
        return String.join(" and ", conditions);
    }

    static String score(String column, SearchQuery query) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < query.words().size(); i++) {
            terms.add("word_similarity(:w" + i + ", " + column + ")");
        }
        return String.join(" + ", terms);
    }

    @Component
    static class Tasks implements SearchSource {

        private final JdbcClient jdbc;
        private final TaskAccess access;

        Tasks(JdbcClient jdbc, TaskAccess access) {
            this.jdbc = jdbc;
            this.access = access;
        }

        @Override
        public String kind() {
            return "task";
        }

        @Override
        public List<SearchHit> search(SignedInUser user, SearchQuery query, int limit) {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            String words = allWords("t.search_text", query, params);
            String condition = TaskQueries.visibleCondition(access.visibility(user), TaskFilter.Scope.ALL, params);
            String visible = condition.isEmpty() ? "" : " and " + condition;
            params.put("agency", user.agencyId());
            params.put("limit", limit);
            return jdbc.sql("select t.id, t.content, coalesce(t.result, '') as result, " + score("t.search_text", query)
                            + " as score from task t where t.agency_id = :agency and not t.is_series and " + words
                            + visible + " order by score desc, t.id desc limit :limit")
                    .params(params)
                    .query((rs, row) -> new SearchHit(kind(), rs.getLong("id"), rs.getString("content"),
                            Snippets.around(rs.getString("result"), query.words()), "/tasks/" + rs.getLong("id"),
                            rs.getDouble("score")))
                    .list();
        }
    }

    /** Directives are registered for the whole agency; everyone of the agency may find them. */
    @Component
    static class Directives implements SearchSource {

        private final JdbcClient jdbc;

        Directives(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String kind() {
            return "directive";
        }

        @Override
        public List<SearchHit> search(SignedInUser user, SearchQuery query, int limit) {
            java.util.Map<String, Object> params = new java.util.HashMap<>();
            String words = allWords("d.search_text", query, params);
            params.put("agency", user.agencyId());
            params.put("limit", limit);
            return jdbc.sql("select d.id, d.reference, d.issued_on, d.summary, " + score("d.search_text", query)
                            + " as score from directive d where d.agency_id = :agency and " + words
                            + " order by score desc, d.issued_on desc limit :limit")
                    .params(params)
                    .query((rs, row) -> new SearchHit(kind(), rs.getLong("id"),
                            rs.getString("reference") + " ngày " + Dates.format(rs.getDate("issued_on").toLocalDate()),
                            Snippets.around(rs.getString("summary"), query.words()), "/directives/" + rs.getLong("id"),
                            rs.getDouble("score")))
                    .list();
        }
    }
}
