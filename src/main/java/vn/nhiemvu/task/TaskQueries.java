package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.shared.Page;

/**
 * The lists and counts of tasks on an as-of date, computed in PostgreSQL by {@code task_status} and
 * {@code task_due_as_of} (the twins of {@link StatusRule}); nothing about a status is stored.
 *
 * <p>Shape of the queries (bench/tasks.sh, docs/benchmarks.md): the rows a list or count may contain are
 * read once, narrow, in a subquery that the planner keeps apart ({@code offset 0}), so that its due date in
 * force is a plain column and {@code task_status} is inlined as a CASE instead of being called for each
 * row. A list picks the ids of its page there, with the total in the same pass, and joins the display
 * columns (directive, issuer, unit) for those rows only.
 */
@Repository
class TaskQueries {

    /** Who may see what: everything of the agency, or what a unit leads or supports, or a person is given. */
    record Visibility(long agencyId, Long unitId, Long personId, boolean wholeAgency) {
    }

    private final JdbcClient jdbc;

    TaskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The candidate rows: what a status needs, the sort keys, and the due date in force on :asOf. */
    private static final String CANDIDATES = """
            (select t.id, t.assigned_on, t.directive_id, t.lead_unit_id, t.completed_on, t.started_on,
                    t.halted_on, t.work_state,
                    task_due_as_of(t.id, t.due_date, t.extended_on, t.original_due, :asOf) as due_on
             from task t
             where %s
             offset 0) c
            """;

    /**
     * The candidates of a list by due date without a status: only its first rows need judging. A task not
     * extended after :asOf has its due_date in force (see task_due_as_of), so its first rows come straight
     * from an index in that order; the few extended after :asOf are read apart, with their due date of that day.
     */
    private static final String EARLIEST_DUE = """
            ((select t.id, t.assigned_on, t.directive_id, t.lead_unit_id, t.completed_on, t.started_on,
                     t.halted_on, t.work_state, t.due_date as due_on
              from task t
              where %1$s and (t.extended_on is null or t.extended_on <= :asOf)
              order by t.due_date nulls last, t.id
              limit :first)
             union all
             (select t.id, t.assigned_on, t.directive_id, t.lead_unit_id, t.completed_on, t.started_on,
                     t.halted_on, t.work_state,
                     task_due_as_of(t.id, t.due_date, t.extended_on, t.original_due, :asOf) as due_on
              from task t
              where %1$s and t.extended_on > :asOf)
             offset 0) c
            """;

    private static final String STATUS = "task_status(c.completed_on, c.due_on, c.started_on, c.halted_on, c.work_state, :asOf)";

    /** The page (or all) rows of a list, chosen by the inner query {@code p}: id, due_on, status. */
    private static final String ROW_SELECT = """
            select t.id, t.content, t.directive_id, d.reference as directive_reference,
                   d.issued_on as directive_issued_on, i.name as issuer_name, t.lead_unit_id,
                   u.name as lead_unit_name, t.deadline_kind, t.deadline_value, t.deadline_text,
                   t.written_due, p.due_on as due, t.completed_on, t.result, t.period_key, p.status,
                   (t.extended_on is not null and t.extended_on <= :asOf) as extended%s
            from (%s) p
            join task t on t.id = p.id
            left join directive d on d.id = t.directive_id
            join issuer i on i.id = t.issuer_id
            join unit u on u.id = t.lead_unit_id
            """;

    private static final RowMapper<TaskRow> TASK_ROW = new SimplePropertyRowMapper<>(TaskRow.class);

    /** The periods of a recurring task, newest first. */
    List<TaskRow> occurrences(long agencyId, long seriesId, LocalDate asOf) {
        return children("t.agency_id = :agency and t.series_id = :parent", agencyId, seriesId, asOf,
                "t.assigned_on desc");
    }

    List<TaskRow> subTasks(long agencyId, long parentId, LocalDate asOf) {
        return children("t.agency_id = :agency and t.parent_id = :parent and not t.is_series", agencyId, parentId,
                asOf, "p.due_on nulls last, t.id");
    }

    private List<TaskRow> children(String where, long agencyId, long parentId, LocalDate asOf, String order) {
        String rows = "select c.id, c.due_on, " + STATUS + " as status from " + CANDIDATES.formatted(where);
        return jdbc.sql(ROW_SELECT.formatted("", rows) + " order by " + order)
                .param("agency", agencyId).param("parent", parentId).param("asOf", asOf)
                .query(TASK_ROW).list();
    }

    Page<TaskRow> page(Visibility visibility, TaskFilter filter, LocalDate asOf) {
        planEachTimeForText(filter);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, asOf, params, filter.topLevelOnly())
                + (filter.status() == null ? "" : statusImplies(filter.status(), params));
        String candidates = CANDIDATES.formatted(where);
        boolean byDirective = filter.sort() == TaskFilter.Sort.DIRECTIVE;
        String directiveJoin = byDirective ? " left join directive d on d.id = c.directive_id" : "";
        String statusFilter = filter.status() == null ? "" : " where " + STATUS + " = :status";
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        // With a status, every candidate is judged anyway: the total comes with the page, in the same pass.
        // Without one, a separate count reads no more than the rows' ids.
        boolean totalWithPage = filter.status() != null;
        String innerOrder = switch (filter.sort()) {
            case DUE -> "c.due_on asc nulls last, c.id";
            case ASSIGNED_DESC -> "c.assigned_on desc, c.id desc";
            case DIRECTIVE -> "d.issued_on desc nulls last, d.reference, c.id";
        };
        String outerOrder = switch (filter.sort()) {
            case DUE -> "p.due_on asc nulls last, t.id";
            case ASSIGNED_DESC -> "t.assigned_on desc, t.id desc";
            case DIRECTIVE -> "d.issued_on desc nulls last, d.reference, t.id";
        };
        String source = candidates;
        if (filter.status() == null && filter.sort() == TaskFilter.Sort.DUE) {
            source = EARLIEST_DUE.formatted(where);
            params.put("first", (filter.page() + 1) * filter.size());
        }
        String pageIds = "select c.id, c.due_on, " + STATUS + " as status"
                + (totalWithPage ? ", count(*) over () as total" : "")
                + " from " + source + directiveJoin + statusFilter
                + " order by " + innerOrder + " limit :limit offset :offset";
        params.put("limit", filter.size());
        params.put("offset", filter.page() * filter.size());
        long[] total = {-1};
        List<TaskRow> rows = jdbc.sql(ROW_SELECT.formatted(totalWithPage ? ", p.total" : "", pageIds)
                        + " order by " + outerOrder)
                .params(params)
                .query((rs, rowNum) -> {
                    if (totalWithPage) {
                        total[0] = rs.getLong("total");
                    }
                    return TASK_ROW.mapRow(rs, rowNum);
                })
                .list();
        if (total[0] < 0) {
            total[0] = rows.isEmpty() && filter.page() == 0 && totalWithPage ? 0
                    : jdbc.sql("select count(*) from " + candidates + statusFilter).params(params)
                            .query(Long.class).single();
        }
        return new Page<>(rows, total[0], filter.page(), filter.size());
    }

    TaskSummary summary(Visibility visibility, TaskFilter filter, LocalDate asOf) {
        planEachTimeForText(filter);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, asOf, params, true);
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        jdbc.sql("select " + STATUS + " as status, count(*) as n from " + CANDIDATES.formatted(where) + " group by 1")
                .params(params)
                .query((rs, row) -> counts.put(TaskStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .list();
        return TaskSummary.of(counts);
    }

    /** The units × statuses table: one row per lead unit that has tasks in the filter. */
    List<UnitSummary> summaryByUnit(Visibility visibility, TaskFilter filter, LocalDate asOf) {
        planEachTimeForText(filter);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, asOf, params, true);
        Map<Long, Map<TaskStatus, Integer>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select g.lead_unit_id, u.name, g.status, g.n from (select c.lead_unit_id, " + STATUS
                        + " as status, count(*) as n from " + CANDIDATES.formatted(where) + " group by 1, 2) g"
                        + " join unit u on u.id = g.lead_unit_id order by u.name, g.lead_unit_id")
                .params(params)
                .query((rs, row) -> {
                    long unitId = rs.getLong(1);
                    names.put(unitId, rs.getString(2));
                    byUnit.computeIfAbsent(unitId, id -> new EnumMap<>(TaskStatus.class))
                            .put(TaskStatus.valueOf(rs.getString("status")), rs.getInt("n"));
                    return null;
                })
                .list();
        List<UnitSummary> result = new ArrayList<>();
        byUnit.forEach((unitId, counts) -> result.add(new UnitSummary(unitId, names.get(unitId), TaskSummary.of(counts))));
        return result;
    }

    /**
     * For a list of one status: conditions implied by task_status (they change no result) but indexable. A
     * completed status needs a completion by :asOf, any other status its absence; a halted one, the halt.
     */
    private static String statusImplies(TaskStatus status, Map<String, Object> params) {
        if (status.completed()) {
            return " and t.completed_on <= :asOf";
        }
        // "not completed by :asOf", written as the key of task_open_idx
        String open = " and coalesce(t.completed_on, 'infinity') > :asOf";
        if (status == TaskStatus.DANG_QUA_HAN) {
            // Overdue means due before :asOf, and a task not extended after :asOf has its due_date in force
            // (task_due_as_of): the others need not be judged (a third of the open tasks fewer to sort).
            return open + " and (t.due_date < :asOf or t.extended_on > :asOf)";
        }
        if (status.counted()) {
            return open;
        }
        params.put("haltedState", status.name());
        return open + " and t.halted_on <= :asOf and t.work_state = :haltedState";
    }

    /**
     * What the user may see within the scope asked for: nothing to add for leaders and the office looking at
     * the whole agency; otherwise the tasks given to them and, unless only their own are asked, those their
     * unit leads or supports.
     */
    static String visibleCondition(Visibility visibility, TaskFilter.Scope scope, Map<String, Object> params) {
        if (visibility.wholeAgency() && scope == TaskFilter.Scope.ALL) {
            return "";
        }
        List<String> visible = new ArrayList<>();
        if (visibility.personId() != null) {
            visible.add("exists (select 1 from task_assignee a where a.task_id = t.id and a.person_id = :person)");
            params.put("person", visibility.personId());
        }
        if (scope != TaskFilter.Scope.MINE && visibility.unitId() != null) {
            visible.add("t.lead_unit_id = :myUnit");
            visible.add("exists (select 1 from task_support_unit s where s.task_id = t.id and s.unit_id = :myUnit)");
            params.put("myUnit", visibility.unitId());
        }
        return visible.isEmpty() ? "false" : "(" + String.join(" or ", visible) + ")";
    }

    /**
     * How many tasks the words of a text filter keep, from a handful to a quarter of the agency, decides the plan;
     * the generic plan PostgreSQL adopts for a statement run five times on a connection cannot know it (a common
     * word at 100,000 tasks: 0.9 s instead of 0.2 s). For the current transaction only.
     */
    private void planEachTimeForText(TaskFilter filter) {
        if (filter.text() != null) {
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query(String.class).single();
        }
    }

    /**
     * @param topLevelOnly counts take a task split among units once, by its top-level row; lists show the
     *                     sub-tasks too
     */
    private static String where(Visibility visibility, TaskFilter filter, LocalDate asOf, Map<String, Object> params,
            boolean topLevelOnly) {
        List<String> conditions = new ArrayList<>();
        conditions.add("t.agency_id = :agency");
        conditions.add("not t.is_series");
        if (topLevelOnly) {
            conditions.add("t.parent_id is null");
        }
        params.put("agency", visibility.agencyId());
        params.put("asOf", asOf);
        String visible = visibleCondition(visibility, filter.scope(), params);
        if (!visible.isEmpty()) {
            conditions.add(visible);
        }
        if (filter.unitId() != null) {
            conditions.add("t.lead_unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.from() != null) {
            conditions.add("t.assigned_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("t.assigned_on <= :to");
            params.put("to", filter.to());
        }
        if (filter.issuerId() != null) {
            conditions.add("t.issuer_id = :issuer");
            params.put("issuer", filter.issuerId());
        }
        if (filter.directiveId() != null) {
            conditions.add("t.directive_id = :directive");
            params.put("directive", filter.directiveId());
        }
        if (filter.assigneeId() != null) {
            conditions.add("exists (select 1 from task_assignee a2 where a2.task_id = t.id and a2.person_id = :assignee)");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.text() != null) {
            // The words typed are words of the task (content, result) or of its directive (reference, summary),
            // the last one possibly unfinished (search_prefix_query). Each side through its full-text index
            // (task/V14): as one condition "… or …" PostgreSQL read every task of the agency (1.3 s at 100,000).
            conditions.add("""
                    t.id in (select t2.id from task t2
                             where t2.agency_id = :agency and not t2.is_series
                               and t2.search_vector @@ search_prefix_query(:text)
                             union all
                             select t3.id from directive d2 join task t3 on t3.directive_id = d2.id
                             where d2.agency_id = :agency and d2.search_vector @@ search_prefix_query(:text))""");
            params.put("text", filter.text());
        }
        if (filter.dueWithinDays() != null) {
            conditions.add("t.completed_on is null and t.due_date between :asOf and :dueLimit");
            params.put("dueLimit", asOf.plusDays(filter.dueWithinDays()));
        }
        return String.join(" and ", conditions);
    }
}
