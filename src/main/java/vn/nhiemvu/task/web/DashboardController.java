package vn.nhiemvu.task.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.task.Dashboard;
import vn.nhiemvu.task.MonthRate;
import vn.nhiemvu.task.TaskDashboard;
import vn.nhiemvu.task.TaskStatus;

/**
 * The home page: where the user's tasks stand. Leaders and the office see every unit's figures for the
 * quarter; a unit head the unit's; staff their own. Every figure links to its list.
 */
@Controller
class DashboardController {

    private final TaskDashboard dashboards;
    private final OrgService org;

    DashboardController(TaskDashboard dashboards, OrgService org) {
        this.dashboards = dashboards;
        this.org = org;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
        Dashboard dashboard = dashboards.of(user);
        model.addAttribute("scope", dashboard.scope());
        model.addAttribute("today", dashboard.today());
        model.addAttribute("from", dashboard.from());
        model.addAttribute("to", dashboard.to());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("total", dashboard.total());
        model.addAttribute("rows", dashboard.rows());
        model.addAttribute("overdue", dashboard.overdue());
        model.addAttribute("dueSoon", dashboard.dueSoon());
        List<MonthRate> trend = dashboard.trend();
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
