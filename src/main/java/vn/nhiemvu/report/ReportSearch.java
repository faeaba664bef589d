package vn.nhiemvu.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchHit;
import vn.nhiemvu.search.SearchQuery;
import vn.nhiemvu.search.SearchSource;
import vn.nhiemvu.search.Snippets;

/**
 * Periodic reports for the search box, by their trích yếu, period and the units' texts (kept in search_normalize
 * form on the report). Leaders and the office find every report of the agency; a unit finds those it writes in.
 */
@Component
class ReportSearch implements SearchSource {

    private final JdbcClient jdbc;

    ReportSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "report";
    }

    @Override
    public List<SearchHit> search(SignedInUser user, SearchQuery query, int limit) {
        if (!user.role().seesWholeAgency() && user.unitId() == null) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String visible = "";
        if (!user.role().seesWholeAgency()) {
            visible = " and exists (select 1 from report_section u where u.report_id = r.id and u.unit_id = :unit)";
            params.put("unit", user.unitId());
        }
        params.put("agency", user.agencyId());
        params.put("limit", limit);
        return jdbc.sql("select r.id, r.subject, r.period_label, " + query.scoreIn("r.search_text", params) + " as score, "
                        + "(select string_agg(s.body, ' ' order by s.position) from report_section s "
                        + "where s.report_id = r.id and s.body is not null) as bodies "
                        + "from periodic_report r where r.agency_id = :agency and r.search_text is not null and "
                        + query.allWordsIn("r.search_text", params) + visible
                        + " order by score desc, r.id desc limit :limit")
                .params(params)
                .query((rs, row) -> new SearchHit(kind(), rs.getLong("id"), rs.getString("subject"),
                        Snippets.around(rs.getString("bodies") == null ? rs.getString("period_label")
                                : rs.getString("bodies"), query.words()), "/reports/" + rs.getLong("id"),
                        rs.getDouble("score")))
                .list();
    }
}
