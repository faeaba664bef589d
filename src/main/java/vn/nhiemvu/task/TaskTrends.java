package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Month by month, the on-time completion of the tasks a user may see, for the dashboard's chart. */
@Repository
class TaskTrends {

    private final JdbcClient jdbc;

    TaskTrends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each of the {@code months} months ending with the one of {@code asOf}: tasks whose due date falls in
     * it and is already past or today, and those completed on time, judged as of {@code asOf}.
     */
    List<MonthRate> onTimeByMonth(TaskQueries.Visibility visibility, TaskFilter.Scope scope, int months, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = last.minusMonths(months - 1L);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("agency", visibility.agencyId());
        params.put("from", first.atDay(1));
        params.put("to", asOf);
        params.put("asOf", asOf);
        String visible = TaskQueries.visibleCondition(visibility, scope, params);
        Map<YearMonth, MonthRate> byMonth = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            byMonth.put(month, new MonthRate(month, 0, 0));
        }
        jdbc.sql("""
                select extract(year from t.due_date)::int as y, extract(month from t.due_date)::int as m,
                       count(*) as due,
                       count(*) filter (where t.completed_on is not null and t.completed_on <= :asOf
                                        and t.completed_on <= t.due_date) as on_time
                from task t
                where t.agency_id = :agency and not t.is_series and t.parent_id is null
                  and t.due_date between :from and :to and t.halted_on is null
                """ + (visible.isEmpty() ? "" : " and " + visible) + " group by 1, 2")
                .params(params)
                .query((rs, row) -> {
                    YearMonth month = YearMonth.of(rs.getInt("y"), rs.getInt("m"));
                    byMonth.put(month, new MonthRate(month, rs.getInt("due"), rs.getInt("on_time")));
                    return null;
                })
                .list();
        return new ArrayList<>(byMonth.values());
    }
}
