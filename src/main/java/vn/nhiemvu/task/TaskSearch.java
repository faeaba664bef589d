package vn.nhiemvu.task;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchHit;
import vn.nhiemvu.search.SearchQuery;
import vn.nhiemvu.search.SearchSource;
import vn.nhiemvu.search.Snippets;

/**
 * Tasks and directives for the search box: every word of the query must be a word of the row's search text (a
 * full-text index), a word found in no text standing for the known words it may be a typo of; the newest
 * {@link #CANDIDATES} matches rank by the typed words' summed similarity.
 */
class TaskSearch {

    /**
     * How many of the newest rows matching every word are ranked: a word found in a tenth of a 100,000-task agency
     * would otherwise have each of its 10,000 rows scored (docs/benchmarks.md, issue #7). The matches are gathered
     * first ("as materialized"): walking the primary key newest first until enough matches turn up is what the
     * planner would otherwise choose, through 900,000 rows of other agencies.
     */
    static final int CANDIDATES = 100;

    private TaskSearch() {
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
            String condition = TaskQueries.visibleCondition(access.visibility(user), TaskFilter.Scope.ALL, params);
            String visible = condition.isEmpty() ? "" : " and " + condition;
            params.put("agency", user.agencyId());
            params.put("fullText", query.fullText());
            params.put("limit", limit);
            return jdbc.sql("with matches as materialized (select t.id from task t where t.agency_id = :agency"
                            + " and not t.is_series and t.search_vector @@ to_tsquery('simple', :fullText)" + visible + ")"
                            + " select c.id, c.content, coalesce(c.result, '') as result, "
                            + query.scoreIn("c.search_text", params) + " as score from task c"
                            + " join (select id from matches order by id desc limit " + CANDIDATES + ") m on m.id = c.id"
                            + " order by score desc, c.id desc limit :limit")
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
            params.put("agency", user.agencyId());
            params.put("fullText", query.fullText());
            params.put("limit", limit);
            return jdbc.sql("with matches as materialized (select d.id, d.issued_on from directive d"
                            + " where d.agency_id = :agency and d.search_vector @@ to_tsquery('simple', :fullText))"
                            + " select c.id, c.reference, c.issued_on, c.summary, "
                            + query.scoreIn("c.search_text", params) + " as score from directive c join (select id"
                            + " from matches order by issued_on desc, id desc limit " + CANDIDATES + ") m on m.id = c.id"
                            + " order by score desc, c.issued_on desc limit :limit")
                    .params(params)
                    .query((rs, row) -> new SearchHit(kind(), rs.getLong("id"),
                            rs.getString("reference") + " ngày " + Dates.format(rs.getDate("issued_on").toLocalDate()),
                            Snippets.around(rs.getString("summary"), query.words()), "/directives/" + rs.getLong("id"),
                            rs.getDouble("score")))
                    .list();
        }
    }
}
