package vn.nhiemvu.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
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
 * {@link #CANDIDATES} matches are ranked.
 *
 * <p>The newest matches are looked for in two ways, the cheaper first (docs/benchmarks.md, issue #7). A query of
 * common words ("chuyển đổi số": a tenth of an agency's tasks) finds its {@link #CANDIDATES} among the agency's
 * newest {@link #WINDOW} rows, read newest first from a btree; asking the full-text index instead would fetch all
 * 10,000 matches of a 100,000-task agency to keep 100. A query of rarer words finds fewer there, and then the
 * full-text index yields its few matches cheaply. Both give the same rows: when the window holds
 * {@link #CANDIDATES} matches, they are the newest of all.
 */
class TaskSearch {

    /** How many of the newest matches are ranked. */
    static final int CANDIDATES = 100;
    /** How many of the agency's newest rows are looked at first: enough for words found in 5 % of them. */
    static final int WINDOW = 2_000;

    /**
     * Among rows of the same score, those where the words stand closer together and more often come first ("cover
     * density"): "chuyển đổi số" as a phrase before the three words scattered.
     */
    private static final String CLOSENESS = "ts_rank_cd(c.search_vector, to_tsquery('simple', :fullText))";

    private TaskSearch() {
    }

    /**
     * The ids of the newest matches: from the window if it holds enough of them, otherwise from every match.
     *
     * <p>{@code inWindow} walks the window's index newest first and looks up each row by its key until enough
     * match: "lateral … offset 0" keeps PostgreSQL from joining the window to every agency's matches of the
     * full-text index instead (a directive query: 136 ms instead of 3). {@code all} gathers the matches of the
     * full-text index first ("as materialized"): walking the primary key newest first until enough matches turn
     * up is what the planner would otherwise choose, through the rows of other agencies.
     */
    private static List<Long> newestMatches(JdbcClient jdbc, String inWindow, String all, Map<String, Object> params) {
        List<Long> newest = jdbc.sql(inWindow).params(params).query(Long.class).list();
        return newest.size() == CANDIDATES ? newest : jdbc.sql(all).params(params).query(Long.class).list();
    }

    /**
     * The candidates of {@code table} (alias c) in rank order: by score, then closeness, then {@code newestFirst};
     * each row with its {@code columns} and its score, made a hit by {@code hit}.
     */
    private static List<SearchHit> ranked(JdbcClient jdbc, SearchQuery query, List<Long> candidates, int limit,
            String columns, String table, String newestFirst, RowMapper<SearchHit> hit) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", candidates);
        params.put("limit", limit);
        params.put("fullText", query.fullText());
        return jdbc.sql("select " + columns + ", " + query.fullTextScoreIn("c.search_text", params) + " as score"
                        + " from " + table + " c where c.id in (:ids)"
                        + " order by score desc, " + CLOSENESS + " desc, " + newestFirst + " limit :limit")
                .params(params)
                .query(hit)
                .list();
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
            Map<String, Object> params = new HashMap<>();
            String condition = TaskQueries.visibleCondition(access.visibility(user), TaskFilter.Scope.ALL, params);
            String match = "t.search_vector @@ to_tsquery('simple', :fullText)"
                    + (condition.isEmpty() ? "" : " and " + condition);
            params.put("agency", user.agencyId());
            params.put("fullText", query.fullText());
            List<Long> candidates = newestMatches(jdbc,
                    "select n.id from (select id from task where agency_id = :agency and not is_series"
                            + " order by id desc limit " + WINDOW + ") n, lateral (select 1 from task t"
                            + " where t.id = n.id and " + match + " offset 0) m order by n.id desc limit " + CANDIDATES,
                    "with matches as materialized (select t.id from task t where t.agency_id = :agency"
                            + " and not t.is_series and " + match + ")"
                            + " select id from matches order by id desc limit " + CANDIDATES,
                    params);
            return ranked(jdbc, query, candidates, limit, "c.id, c.content, coalesce(c.result, '') as result",
                    "task", "c.id desc",
                    (rs, row) -> new SearchHit(kind(), rs.getLong("id"), rs.getString("content"),
                            Snippets.around(rs.getString("result"), query.words()), "/tasks/" + rs.getLong("id"),
                            rs.getDouble("score")));
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
            Map<String, Object> params = new HashMap<>();
            params.put("agency", user.agencyId());
            params.put("fullText", query.fullText());
            String match = "d.search_vector @@ to_tsquery('simple', :fullText)";
            List<Long> candidates = newestMatches(jdbc,
                    "select n.id from (select id, issued_on from directive where agency_id = :agency"
                            + " order by issued_on desc, id desc limit " + WINDOW + ") n, lateral (select 1"
                            + " from directive d where d.id = n.id and " + match + " offset 0) m"
                            + " order by n.issued_on desc, n.id desc limit " + CANDIDATES,
                    "with matches as materialized (select d.id, d.issued_on from directive d"
                            + " where d.agency_id = :agency and " + match + ")"
                            + " select id from matches order by issued_on desc, id desc limit " + CANDIDATES,
                    params);
            return ranked(jdbc, query, candidates, limit, "c.id, c.reference, c.issued_on, c.summary", "directive",
                    "c.issued_on desc, c.id desc",
                    (rs, row) -> new SearchHit(kind(), rs.getLong("id"),
                            rs.getString("reference") + " ngày " + Dates.format(rs.getDate("issued_on").toLocalDate()),
                            Snippets.around(rs.getString("summary"), query.words()), "/directives/" + rs.getLong("id"),
                            rs.getDouble("score")));
        }
    }
}
