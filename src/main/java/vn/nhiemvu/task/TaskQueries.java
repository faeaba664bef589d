package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists and counts of tasks on an as-of date, computed in PostgreSQL by {@code task_status} and
 * {@code task_due_as_of} (the twins of {@link StatusRule}); nothing about a status is stored.
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

    private static final String BASE = """
            from (select t.*,
                         task_due_as_of(t.id, t.due_date, t.extended_on, t.original_due, :asOf) as due_on
                  from task t
                  where %s) t
            """;

    private static final String STATUS = "task_status(t.completed_on, t.due_on, t.started_on, t.halted_on, t.work_state, :asOf)";

    private static final String ROW_SELECT = """
            select t.id, t.content, t.directive_id, d.reference as directive_reference,
                   d.issued_on as directive_issued_on, i.name as issuer_name, t.lead_unit_id,
                   u.name as lead_unit_name, t.deadline_kind, t.deadline_value, t.deadline_text,
                   t.written_due, t.due_on as due, t.completed_on, t.result, t.period_key,
                   %s as status, (t.extended_on is not null and t.extended_on <= :asOf) as extended
            """.formatted("task_status(t.completed_on, t.due_on, t.started_on, t.halted_on, t.work_state, :asOf)");

    private static final String ROW_JOINS = """
            left join directive d on d.id = t.directive_id
            join issuer i on i.id = t.issuer_id
            join unit u on u.id = t.lead_unit_id
            """;

    /** The periods of a recurring task, newest first. */
    List<TaskRow> occurrences(long agencyId, long seriesId, LocalDate asOf) {
        return children("t.agency_id = :agency and t.series_id = :parent", agencyId, seriesId, asOf,
                "t.assigned_on desc");
    }

    List<TaskRow> subTasks(long agencyId, long parentId, LocalDate asOf) {
        return children("t.agency_id = :agency and t.parent_id = :parent and not t.is_series", agencyId, parentId,
                asOf, "t.due_on nulls last, t.id");
    }

    private List<TaskRow> children(String where, long agencyId, long parentId, LocalDate asOf, String order) {
        return jdbc.sql(ROW_SELECT + BASE.formatted(where) + ROW_JOINS + " order by " + order)
                .param("agency", agencyId).param("parent", parentId).param("asOf", asOf)
                .query(TaskRow.class).list();
    }

    Page<TaskRow> page(Visibility visibility, TaskFilter filter, LocalDate asOf) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, asOf, params, filter.topLevelOnly());
        String outer = filter.status() == null ? "" : " where " + STATUS + " = :status";
        if (filter.status() != null) {
            params.put("status", filter.status().name());
        }
        String order = switch (filter.sort()) {
            case DUE -> "t.due_on asc nulls last, t.id";
            case ASSIGNED_DESC -> "t.assigned_on desc, t.id desc";
            case DIRECTIVE -> "d.issued_on desc nulls last, d.reference, t.id";
        };
        String sql = ROW_SELECT + BASE.formatted(where) + ROW_JOINS + outer + " order by " + order
                + " limit :limit offset :offset";
        params.put("limit", filter.size());
        params.put("offset", filter.page() * filter.size());
        List<TaskRow> rows = jdbc.sql(sql).params(params).query(TaskRow.class).list();
        long total = jdbc.sql("select count(*) " + BASE.formatted(where) + outer).params(params)
                .query(Long.class).single();
        return new Page<>(rows, total, filter.page(), filter.size());
    }

    TaskSummary summary(Visibility visibility, TaskFilter filter, LocalDate asOf) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, asOf, params, true);
        Map<TaskStatus, Integer> counts = new EnumMap<>(TaskStatus.class);
        jdbc.sql("select " + STATUS + " as status, count(*) as n " + BASE.formatted(where) + " group by 1")
                .params(params)
                .query((rs, row) -> counts.put(TaskStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .list();
        return TaskSummary.of(counts);
    }

    /** The units × statuses table: one row per lead unit that has tasks in the filter. */
    List<UnitSummary> summaryByUnit(Visibility visibility, TaskFilter filter, LocalDate asOf) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(visibility, filter, asOf, params, true);
        Map<Long, Map<TaskStatus, Integer>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select t.lead_unit_id, u.name, " + STATUS + " as status, count(*) as n " + BASE.formatted(where)
                        + " join unit u on u.id = t.lead_unit_id group by 1, 2, 3 order by 2")
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
            conditions.add("""
                    (unaccent(t.content) ilike unaccent(:text)
                     or unaccent(coalesce(t.result, '')) ilike unaccent(:text)
                     or exists (select 1 from directive d2 where d2.id = t.directive_id
                                and unaccent(d2.reference || ' ' || d2.summary) ilike unaccent(:text)))""");
            params.put("text", "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.dueWithinDays() != null) {
            conditions.add("t.completed_on is null and t.due_date between :asOf and :dueLimit");
            params.put("dueLimit", asOf.plusDays(filter.dueWithinDays()));
        }
        return String.join(" and ", conditions);
    }
}
