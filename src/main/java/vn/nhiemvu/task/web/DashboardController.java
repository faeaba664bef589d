package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.task.MonthRate;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.TaskStatus;

/**
 * The home page: where the user's tasks stand. Leaders and the office see every unit's figures for the
 * quarter; a unit head the unit's; staff their own. Every figure links to its list.
 */
@Controller
class DashboardController {

    static final int LIST_SIZE = 10;
    static final int MONTHS = 12;

    private final TaskService tasks;
    private final OrgService org;

    DashboardController(TaskService tasks, OrgService org) {
        this.tasks = tasks;
        this.org = org;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = tasks.today();
        TaskFilter.Scope scope = user.role().seesWholeAgency() ? TaskFilter.Scope.ALL
                : user.unitId() != null ? TaskFilter.Scope.UNIT : TaskFilter.Scope.MINE;
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
        TaskFilter quarter = new TaskFilter(scope, null, null, today, quarterStart, quarterEnd, null, null, null, null,
                null, null, 0, 1);
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("from", quarterStart);
        model.addAttribute("to", quarterEnd);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("total", tasks.summary(user, quarter));
        model.addAttribute("rows", scope == TaskFilter.Scope.ALL ? tasks.summaryByUnit(user, quarter) : List.of());
        model.addAttribute("overdue", tasks.tasks(user, new TaskFilter(scope, null, TaskStatus.DANG_QUA_HAN, today,
                null, null, null, null, null, null, null, TaskFilter.Sort.DUE, 0, LIST_SIZE)));
        model.addAttribute("dueSoon", tasks.tasks(user, new TaskFilter(scope, null, null, today, null, null, null, null,
                null, null, 7, TaskFilter.Sort.DUE, 0, LIST_SIZE)));
        List<MonthRate> trend = tasks.onTimeByMonth(user, scope, MONTHS);
        model.addAttribute("trend", trend);
        model.addAttribute("trendLabels", trend.stream().map(m -> String.format("%02d/%d", m.month().getMonthValue(),
                m.month().getYear())).toList());
        model.addAttribute("trendRates", trend.stream().map(m -> m.rate() == null ? null
                : Math.round(m.rate() * 10) / 10.0).toList());
        if (user.unitId() != null) {
            model.addAttribute("myUnit", org.unit(user, user.unitId()));
        }
        return "task/dashboard";
    }
}
