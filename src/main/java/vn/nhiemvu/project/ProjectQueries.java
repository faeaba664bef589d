package vn.nhiemvu.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.shared.Page;

/**
 * The register, the board and the portfolio figures, computed in PostgreSQL. "Managed in year Y" (§5) reads the
 * state spans: a project counts when its plan year is Y or earlier and some span in a managed state overlaps
 * 1 January Y – the period end, or it closed in the period as completed, failed or terminated; a project closed
 * "không triển khai" never counts.
 */
@Repository
class ProjectQueries {

    private final JdbcClient jdbc;

    ProjectQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The condition "managed in the year :year up to :cutoff" on a project aliased p (§5): plan year not later, in a
     * managed state by the cutoff and not closed before the year began; closed "không triển khai" by the cutoff, never.
     */
    static final String MANAGED = """
            p.start_year <= :year and p.managed_from <= :cutoff
            and coalesce(p.closed_on, 'infinity'::date) >= :yearStart
            and (p.outcome is distinct from 'KHONG_TRIEN_KHAI' or p.closed_on > :cutoff)
            """;

    /** The projects a user sees, on a project aliased p: the whole agency, or one unit's. */
    private static String visible(ProjectAccess.Visibility visibility) {
        return visibility.wholeAgency() ? " p.agency_id = :agency " : " p.agency_id = :agency and p.unit_id = :unit ";
    }

    // ----- the register

    Page<ProjectRow> page(ProjectAccess.Visibility visibility, ProjectFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, params);
        long total = jdbc.sql("select count(*) from project p where " + where).params(params).query(Long.class)
                .single();
        // Limit and offset written into the statement: a generic plan for a parameterised limit sorts every row.
        String limit = " limit " + filter.size() + " offset " + ((long) filter.page() * filter.size());
        List<ProjectRow> rows = jdbc.sql("""
                select p.id, p.code, p.title, p.short_name, p.level, p.programme, p.department_role, p.type, p.field,
                       h.name as host_name, p.pi_name, p.start_year, coalesce(p.extended_end_on, p.end_on) as end_on,
                       p.state, p.outcome, p.rating, p.unit_id, p.state_budget, p.disbursed - p.refunded as net
                from project p left join project_host h on h.id = p.host_id
                where """ + where + " order by p.start_year desc, p.code" + limit)
                .params(params).query((rs, row) -> row(rs)).list();
        return new Page<>(rows, total, filter.page(), filter.size());
    }

    private static ProjectRow row(ResultSet rs) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getString("short_name"), ProjectLevel.valueOf(rs.getString("level")), rs.getString("programme"),
                DepartmentRole.valueOf(rs.getString("department_role")), ProjectType.valueOf(rs.getString("type")),
                ScienceField.parse(rs.getString("field")).orElse(null), rs.getString("host_name"),
                rs.getString("pi_name"), rs.getInt("start_year"), ProjectRepository.date(rs, "end_on"),
                ProjectState.valueOf(rs.getString("state")),
                ProjectRepository.enumOf(Outcome.class, rs.getString("outcome")), rs.getString("rating"),
                (Long) rs.getObject("unit_id"), null, (Long) rs.getObject("state_budget"), rs.getLong("net"));
    }

    private static String where(ProjectAccess.Visibility visibility, ProjectFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(visible(visibility));
        params.put("agency", visibility.agencyId());
        params.put("unit", visibility.unitId() == null ? -1L : visibility.unitId());
        if (filter.level() != null) {
            where.append(" and p.level = :level");
            params.put("level", filter.level().name());
        }
        if (filter.programme() != null && !filter.programme().isBlank()) {
            where.append(" and p.programme = :programme");
            params.put("programme", filter.programme());
        }
        if (filter.field() != null) {
            where.append(" and p.field = :field");
            params.put("field", filter.field().code());
        }
        if (filter.state() != null) {
            where.append(" and p.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.year() != null) {
            where.append(" and p.start_year = :startYear");
            params.put("startYear", filter.year());
        }
        if (filter.managedIn() != null) {
            where.append(" and ").append(MANAGED);
            params.put("year", filter.managedIn());
            params.put("yearStart", LocalDate.of(filter.managedIn(), 1, 1));
            params.put("cutoff", LocalDate.of(filter.managedIn(), 12, 31));
        }
        if (filter.hostId() != null) {
            where.append(" and p.host_id = :host");
            params.put("host", filter.hostId());
        }
        if (filter.unitId() != null) {
            where.append(" and p.unit_id = :filterUnit");
            params.put("filterUnit", filter.unitId());
        }
        if (filter.role() != null) {
            where.append(" and p.department_role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and project_fold(p.code || ' ' || p.title || ' ' || coalesce(p.short_name, ''))"
                    + " like '%' || project_fold(:q) || '%'");
            params.put("q", filter.q().strip());
        }
        return where.toString();
    }

    // ----- the register as a spreadsheet

    /** A line of the exported register, with the fields the Department's spreadsheets keep. */
    record ExportRow(String code, String title, String shortName, String level, String programme, String role,
            String type, String field, String proposer, String hostName, String piName, int startYear,
            LocalDate startOn, LocalDate endOn, Long totalBudget, Long stateBudget, Long otherBudget, long disbursed,
            String state, LocalDate stateSince, String outcome, String rating, Long unitId) {
    }

    List<ExportRow> export(ProjectAccess.Visibility visibility, ProjectFilter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, params);
        params.put("limit", limit);
        return jdbc.sql("""
                select p.code, p.title, p.short_name, p.level, p.programme, p.department_role as role, p.type, p.field,
                       p.proposer, h.name as host_name, p.pi_name, p.start_year, p.start_on,
                       coalesce(p.extended_end_on, p.end_on) as end_on, p.total_budget, p.state_budget, p.other_budget,
                       p.disbursed - p.refunded as disbursed, p.state, p.state_since, p.outcome, p.rating, p.unit_id
                from project p left join project_host h on h.id = p.host_id
                where """ + where + """
                 order by p.start_year desc, p.code
                limit :limit""")
                .params(params).query(ExportRow.class).list();
    }

    // ----- the public list

    List<PublicProject> accepted(long agencyId, int limit) {
        return jdbc.sql("""
                select p.code, p.title, p.level, p.programme, p.field, h.name as host,
                       concat_ws(' ', p.pi_title, p.pi_name) as investigator, p.objectives, p.start_year,
                       p.accepted_on, p.rating, p.certificate_number
                from project p left join project_host h on h.id = p.host_id
                where p.agency_id = ? and not p.classified and p.accepted_on is not null
                  and (p.state = 'SAU_NGHIEM_THU' or (p.state = 'DONG' and p.outcome = 'HOAN_THANH'))
                order by p.accepted_on desc, p.code
                limit ?""")
                .params(agencyId, limit)
                .query((rs, row) -> new PublicProject(rs.getString("code"), rs.getString("title"),
                        ProjectLevel.valueOf(rs.getString("level")), rs.getString("programme"),
                        ScienceField.parse(rs.getString("field")).orElse(null), rs.getString("host"),
                        rs.getString("investigator"), rs.getString("objectives"), rs.getInt("start_year"),
                        ProjectRepository.date(rs, "accepted_on"), rs.getString("rating"),
                        rs.getString("certificate_number")))
                .list();
    }

    // ----- the board

    List<BoardColumn> board(ProjectAccess.Visibility visibility, ProjectFilter filter, int perColumn, LocalDate today,
            int dossierDays, int registrationDays) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, params);
        params.put("dossierDays", dossierDays);
        params.put("registrationDays", registrationDays);
        Map<ProjectState, Long> totals = new LinkedHashMap<>();
        jdbc.sql("select p.state, count(*) from project p where " + where + " and p.state <> 'DONG' group by p.state")
                .params(params)
                .query((rs, row) -> Map.entry(ProjectState.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        Map<ProjectState, List<BoardCard>> cards = new LinkedHashMap<>();
        // Each open state's first cards, the most urgent first: a short sort per state, not a window over them all.
        jdbc.sql("""
                select c.* from unnest(array['DE_XUAT', 'TUYEN_CHON', 'THAM_DINH', 'CHO_HOP_DONG', 'DANG_THUC_HIEN',
                                             'TAM_DUNG', 'CHO_NGHIEM_THU', 'DANG_NGHIEM_THU', 'SAU_NGHIEM_THU',
                                             'KHONG_DAT', 'DUNG']) as st(state)
                cross join lateral (
                  select p.id, p.code, coalesce(nullif(p.short_name, ''), p.title) as name, p.level, p.programme,
                         h.name as host_name, p.pi_name, p.state, x.due_on
                  from project p left join project_host h on h.id = p.host_id
                  cross join lateral (select case
                      when p.state = 'DANG_THUC_HIEN' then coalesce(p.extended_end_on, p.end_on)
                      when p.state = 'CHO_NGHIEM_THU' then coalesce(p.dossier_due_on,
                          coalesce(p.extended_end_on, p.end_on) + :dossierDays)
                      when p.state = 'SAU_NGHIEM_THU' and p.certificate_number is null
                          then p.accepted_on + :registrationDays
                      end as due_on) x
                  where """ + where + """
                   and p.state = st.state
                  order by x.due_on nulls last, p.code""" + " limit " + perColumn + ") c")
                .params(params)
                .query((rs, row) -> Map.entry(ProjectState.valueOf(rs.getString("state")),
                        new BoardCard(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                                ProjectLevel.valueOf(rs.getString("level")), rs.getString("programme"),
                                rs.getString("host_name"), rs.getString("pi_name"),
                                ProjectRepository.date(rs, "due_on"),
                                ProjectRepository.date(rs, "due_on") != null
                                        && ProjectRepository.date(rs, "due_on").isBefore(today))))
                .list().forEach(e -> cards.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<BoardColumn> columns = new ArrayList<>();
        for (ProjectState state : ProjectState.values()) {
            if (state != ProjectState.DONG) {
                columns.add(new BoardColumn(state, totals.getOrDefault(state, 0L), cards.getOrDefault(state, List.of())));
            }
        }
        return columns;
    }

    // ----- the figures (§6)

    /** A managed project's attributes, counted by the figures. */
    record ManagedCount(String level, String programme, String role, String field, boolean carriedOver, long count) {
    }

    List<ManagedCount> managed(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        return jdbc.sql("""
                select p.level, p.programme, p.department_role as role, p.field, p.start_year < :year as carried_over,
                       count(*) as count
                from project p
                where """ + visible(visibility) + " and " + MANAGED + """
                group by 1, 2, 3, 4, 5""")
                .params(periodParams(visibility, year, cutoff))
                .query(ManagedCount.class).list();
    }

    Map<String, Long> proposals(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        Map<String, Long> byField = new TreeMap<>();
        jdbc.sql("""
                select p.field, count(*) from project p
                where """ + visible(visibility) + """
                  and p.start_year = :year + 1
                  and exists (select 1 from project_state_span s
                              where s.project_id = p.id and s.state = 'DE_XUAT' and s.entered_on <= :cutoff)
                group by p.field""")
                .params(periodParams(visibility, year, cutoff))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byField.put(e.getKey(), e.getValue()));
        return byField;
    }

    Map<String, Long> councils(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        jdbc.sql("""
                select c.kind, count(*) from project_council c join project p on p.id = c.project_id
                where """ + visible(visibility) + """
                  and c.agency_id = :agency and c.meeting_on between :yearStart and :cutoff
                group by c.kind""")
                .params(periodParams(visibility, year, cutoff))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byKind.put(e.getKey(), e.getValue()));
        return byKind;
    }

    /** Per event kind in the period: occurrences, distinct projects, the sum of amounts and of quantities. */
    record EventCount(String kind, long occurrences, long projects, long amount, long quantity) {
    }

    /** The kinds of events the figures report (§6); workshops, periodic reports and the like are not counted. */
    static final String REPORTED_KINDS = "('INSPECTION', 'MID_TERM_REVIEW', 'SIGN_CONTRACT', 'EXTENSION',"
            + " 'DOSSIER_EXTENSION', 'ADJUSTMENT', 'INVESTIGATOR_CHANGE', 'HOST_CHANGE', 'PARTNER_CHANGE',"
            + " 'RECOGNITION', 'REGISTRATION', 'LIQUIDATE', 'REFUND_AND_LIQUIDATE', 'SETTLE_STOPPED', 'DISBURSEMENT',"
            + " 'REFUND', 'TRANSFER')";

    Map<String, EventCount> events(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        String from = visibility.wholeAgency() ? " from project_event e "
                : " from project_event e join project p on p.id = e.project_id ";
        Map<String, EventCount> byKind = new LinkedHashMap<>();
        // Each reported kind is a range of its index, read from the index alone; grouped by kind and project first,
        // so that distinct projects need no sort.
        jdbc.sql("select kind, sum(n) as occurrences, count(*) as projects, coalesce(sum(amount), 0) as amount,"
                + " coalesce(sum(quantity), 0) as quantity from (select e.kind, e.project_id, count(*) as n,"
                + " sum(e.amount) as amount, sum(e.quantity) as quantity" + from
                + " where e.agency_id = :agency and e.kind in " + REPORTED_KINDS
                + " and e.occurred_on between :yearStart and :cutoff" + unitOnly(visibility)
                + " group by e.kind, e.project_id) x group by kind")
                .params(periodParams(visibility, year, cutoff))
                .query(EventCount.class).list()
                .forEach(count -> byKind.put(count.kind(), count));
        return byKind;
    }

    /** Stops in the period by the kind of their decision: QĐ dừng thực hiện or QĐ chấm dứt hợp đồng. */
    Map<String, Long> stopsByDocument(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        jdbc.sql("""
                select d.kind, count(*) from project_event e join project p on p.id = e.project_id
                join project_document d on d.id = e.document_id
                where """ + visible(visibility) + """
                  and e.agency_id = :agency and e.kind = 'STOP' and e.occurred_on between :yearStart and :cutoff
                group by d.kind""")
                .params(periodParams(visibility, year, cutoff))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byKind.put(e.getKey(), e.getValue()));
        return byKind;
    }

    /** Projects rated by an acceptance council in the period, by rating (passing or not). */
    Map<String, Long> acceptedByRating(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        Map<String, Long> byRating = new LinkedHashMap<>();
        jdbc.sql("""
                select e.rating, count(distinct e.project_id) from project_event e join project p on p.id = e.project_id
                where """ + visible(visibility) + """
                  and e.agency_id = :agency and e.kind in ('ACCEPT', 'FAIL_ACCEPTANCE')
                  and e.occurred_on between :yearStart and :cutoff
                group by e.rating""")
                .params(periodParams(visibility, year, cutoff))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byRating.put(e.getKey(), e.getValue()));
        return byRating;
    }

    /** Projects at the end of a day: suspended, waiting for acceptance (and of those past the dossier deadline),
     * after acceptance. A state held at the end of the day is the span that began by then and ends after it. */
    record StatesAt(long suspended, long awaitingAcceptance, long dossierOverdue, long afterAcceptance) {
    }

    StatesAt statesAt(ProjectAccess.Visibility visibility, LocalDate day, int dossierDays) {
        Map<String, Object> params = periodParams(visibility, day.getYear(), day);
        params.put("dossierDays", dossierDays);
        String from = visibility.wholeAgency() ? " from project_state_span s "
                : " from project_state_span s join project p on p.id = s.project_id ";
        Map<String, Long> byState = new HashMap<>();
        jdbc.sql("select s.state, count(*)" + from + " where s.agency_id = :agency"
                + " and s.state in ('TAM_DUNG', 'CHO_NGHIEM_THU', 'SAU_NGHIEM_THU')"
                + " and s.left_on > :cutoff and s.entered_on <= :cutoff" + unitOnly(visibility) + " group by s.state")
                .params(params)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> byState.put(e.getKey(), e.getValue()));
        long overdue = jdbc.sql("""
                select count(*) from project_state_span s join project p on p.id = s.project_id
                where s.agency_id = :agency and s.state = 'CHO_NGHIEM_THU' and s.left_on > :cutoff
                  and s.entered_on <= :cutoff
                  and coalesce(p.dossier_due_on, coalesce(p.extended_end_on, p.end_on) + :dossierDays) < :cutoff"""
                + unitOnly(visibility))
                .params(params).query(Long.class).single();
        return new StatesAt(byState.getOrDefault("TAM_DUNG", 0L), byState.getOrDefault("CHO_NGHIEM_THU", 0L),
                overdue, byState.getOrDefault("SAU_NGHIEM_THU", 0L));
    }

    private static String unitOnly(ProjectAccess.Visibility visibility) {
        return visibility.wholeAgency() ? "" : " and p.unit_id = :unit";
    }

    private static Map<String, Object> periodParams(ProjectAccess.Visibility visibility, int year, LocalDate cutoff) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("agency", visibility.agencyId());
        params.put("unit", visibility.unitId() == null ? -1L : visibility.unitId());
        params.put("year", year);
        params.put("yearStart", LocalDate.of(year, 1, 1));
        params.put("cutoff", cutoff);
        return params;
    }
}
