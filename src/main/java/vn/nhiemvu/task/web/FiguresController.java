package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.TaskStatus;

/** The units × statuses table for a period: tasks assigned in [from, to], judged as of a date. */
@Controller
class FiguresController {

    private final TaskService tasks;
    private final DirectiveService directives;

    FiguresController(TaskService tasks, DirectiveService directives) {
        this.tasks = tasks;
        this.directives = directives;
    }

    @GetMapping("/figures")
    String figures(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long issuer, Model model) {
        LocalDate today = tasks.today();
        LocalDate start = from != null ? from : today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate end = to != null ? to : start.plusMonths(3).minusDays(1);
        LocalDate judgedOn = asOf != null ? asOf : (end.isBefore(today) ? end : today);
        TaskFilter filter = new TaskFilter(TaskFilter.Scope.ALL, null, null, judgedOn, start, end, issuer, null, null,
                null, null, null, 0, 1);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("asOf", judgedOn);
        model.addAttribute("issuer", issuer);
        model.addAttribute("issuers", directives.issuers(user));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("rows", tasks.summaryByUnit(user, filter));
        model.addAttribute("total", tasks.summary(user, filter));
        return "task/figures";
    }
}
