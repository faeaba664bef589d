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
 * Tasks and directives for the search box: every word of the query must be found in the row's search
 * text, exactly or by trigram word similarity (typos); rows rank by their summed similarity.
 */
class TaskSearch {

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
            String words = query.allWordsIn("t.search_text", params);
            String condition = TaskQueries.visibleCondition(access.visibility(user), TaskFilter.Scope.ALL, params);
            String visible = condition.isEmpty() ? "" : " and " + condition;
            params.put("agency", user.agencyId());
            params.put("limit", limit);
            return jdbc.sql("select t.id, t.content, coalesce(t.result, '') as result, " + query.scoreIn("t.search_text")
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
            String words = query.allWordsIn("d.search_text", params);
            params.put("agency", user.agencyId());
            params.put("limit", limit);
            return jdbc.sql("select d.id, d.reference, d.issued_on, d.summary, " + query.scoreIn("d.search_text")
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
