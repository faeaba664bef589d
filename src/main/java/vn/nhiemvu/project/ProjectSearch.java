package vn.nhiemvu.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchHit;
import vn.nhiemvu.search.SearchQuery;
import vn.nhiemvu.search.SearchSource;
import vn.nhiemvu.search.Snippets;

/**
 * Projects for the search box: every word of the query must be found in the project's search text (code, title,
 * PI, host, objectives, content and the words of its state, V56), exactly or by trigram word similarity (typos),
 * among the projects the user sees ({@link ProjectAccess}); rows rank by their summed similarity.
 */
@Component
class ProjectSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final MessageSource messages;

    ProjectSearch(JdbcClient jdbc, ProjectAccess access, MessageSource messages) {
        this.jdbc = jdbc;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "project";
    }

    @Override
    public List<SearchHit> search(SignedInUser user, SearchQuery query, int limit) {
        Map<String, Object> params = new HashMap<>();
        ProjectAccess.Visibility visibility = access.visibility(user);
        params.put("agency", visibility.agencyId());
        params.put("limit", limit);
        String visible = "";
        if (!visibility.wholeAgency()) {
            visible = " and p.unit_id = :unit";
            params.put("unit", visibility.unitId() == null ? -1L : visibility.unitId());
        }
        return jdbc.sql("select p.id, p.code, p.title, p.state, p.outcome, p.pi_name, h.name as host_name, "
                        + "coalesce(p.objectives, p.content) as summary, " + query.scoreIn("p.search_text", params)
                        + " as score from project p left join project_host h on h.id = p.host_id"
                        + " where p.agency_id = :agency" + visible + " and " + query.allWordsIn("p.search_text", params)
                        + " order by score desc, p.start_year desc, p.id desc limit :limit")
                .params(params)
                .query((rs, row) -> new SearchHit(kind(), rs.getLong("id"), rs.getString("title"),
                        snippet(rs.getString("code"), ProjectState.valueOf(rs.getString("state")),
                                ProjectRepository.enumOf(Outcome.class, rs.getString("outcome")),
                                rs.getString("host_name"), rs.getString("pi_name"), rs.getString("summary"), query),
                        "/projects/" + rs.getLong("id"), rs.getDouble("score")))
                .list();
    }

    /** Code · state · host · PI, then the objectives around the first word found. */
    private String snippet(String code, ProjectState state, Outcome outcome, String host, String investigator,
            String summary, SearchQuery query) {
        List<String> parts = new ArrayList<>();
        parts.add(code);
        String stateLabel = messages.getMessage(Labels.enumLabel(state), LocaleContextHolder.getLocale());
        if (outcome != null) {
            stateLabel += " (" + messages.getMessage(Labels.enumLabel(outcome), LocaleContextHolder.getLocale()) + ")";
        }
        parts.add(stateLabel);
        if (host != null && !host.isBlank()) {
            parts.add(host);
        }
        if (investigator != null && !investigator.isBlank()) {
            parts.add(investigator);
        }
        String meta = String.join(" · ", parts);
        return summary == null || summary.isBlank() ? meta : meta + " — " + Snippets.around(summary, query.words());
    }
}
