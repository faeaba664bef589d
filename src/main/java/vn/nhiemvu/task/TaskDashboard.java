package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Service;

import vn.nhiemvu.database.SideBySide;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Page;

/**
 * The home page's figures. Its five statements are independent and the three dearest run side by side: at a
 * 100,000-task agency the overdue list judges some 14,000 open tasks (17 ms), the units table and the chart read
 * 20,000 rows each (6 ms); one after the other they took most of the page's time (docs/benchmarks.md, issue #7).
 */
@Service
public class TaskDashboard {

    static final int LIST_SIZE = 10;
    static final int MONTHS = 12;

    private final TaskService tasks;
    private final SideBySide sideBySide;

    TaskDashboard(TaskService tasks, SideBySide sideBySide) {
        this.tasks = tasks;
        this.sideBySide = sideBySide;
    }

    public Dashboard of(SignedInUser user) {
        LocalDate today = tasks.today();
        TaskFilter.Scope scope = user.role().seesWholeAgency() ? TaskFilter.Scope.ALL
                : user.unitId() != null ? TaskFilter.Scope.UNIT : TaskFilter.Scope.MINE;
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        TaskFilter quarter = new TaskFilter(scope, null, null, today, quarterStart, quarterEnd, null, null, null, null,
                null, null, 0, 1);
        CompletableFuture<List<MonthRate>> trend = sideBySide.start(() -> tasks.onTimeByMonth(user, scope, MONTHS));
        CompletableFuture<Page<TaskRow>> overdue = sideBySide.start(() -> tasks.tasks(user, new TaskFilter(scope, null,
                TaskStatus.DANG_QUA_HAN, today, null, null, null, null, null, null, null, TaskFilter.Sort.DUE, 0,
                LIST_SIZE)));
        CompletableFuture<List<UnitSummary>> rows = sideBySide.start(() -> scope == TaskFilter.Scope.ALL
                ? tasks.summaryByUnit(user, quarter) : List.of());
        TaskSummary total = tasks.summary(user, quarter);
        Page<TaskRow> dueSoon = tasks.tasks(user, new TaskFilter(scope, null, null, today, null, null, null, null, null,
                null, 7, TaskFilter.Sort.DUE, 0, LIST_SIZE));
        return new Dashboard(scope, today, quarterStart, quarterEnd, total, SideBySide.join(rows),
                SideBySide.join(overdue), dueSoon, SideBySide.join(trend));
    }
}
