package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.time.Year;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.task.CalendarService;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.TaskSettings;
import vn.nhiemvu.web.Notices;

/** What an administrator keeps for task tracking: issuers, the official days of the calendar, the settings. */
@Controller
class TaskAdminController {

    private final DirectiveService directives;
    private final CalendarService calendar;
    private final TaskSettings settings;
    private final Notices notices;

    TaskAdminController(DirectiveService directives, CalendarService calendar, TaskSettings settings,
            Notices notices) {
        this.directives = directives;
        this.calendar = calendar;
        this.settings = settings;
        this.notices = notices;
    }

    @GetMapping("/admin/task-settings")
    String settings(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("settings", settings.of(admin));
        return "task/settings";
    }

    @PostMapping("/admin/task-settings")
    String saveSettings(@AuthenticationPrincipal SignedInUser admin, @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean confirmCompletion, RedirectAttributes redirect) {
        notices.act(redirect, "task.settings.saved", () -> settings.update(admin, version, confirmCompletion));
        return "redirect:/admin/task-settings";
    }

    @GetMapping("/admin/issuers")
    String issuers(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("issuers", directives.issuers(admin));
        return "task/issuers";
    }

    @PostMapping("/admin/issuers")
    String addIssuer(@AuthenticationPrincipal SignedInUser admin, @RequestParam String name,
            @RequestParam(defaultValue = "100") int sortOrder, RedirectAttributes redirect) {
        notices.act(redirect, "task.issuer.saved", () -> directives.addIssuer(admin, name, sortOrder));
        return "redirect:/admin/issuers";
    }

    @PostMapping("/admin/issuers/{id}")
    String updateIssuer(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @RequestParam String name,
            @RequestParam int sortOrder, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam int version, RedirectAttributes redirect) {
        notices.act(redirect, "task.issuer.saved",
                () -> directives.updateIssuer(admin, id, version, name, sortOrder, active));
        return "redirect:/admin/issuers";
    }

    @GetMapping("/admin/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? Year.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getValue() : year;
        model.addAttribute("year", shown);
        model.addAttribute("daysOff", calendar.daysOff(shown));
        model.addAttribute("overrides", calendar.overrides());
        return "task/calendar";
    }

    @PostMapping("/admin/calendar")
    String setDay(@AuthenticationPrincipal SignedInUser admin,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "true") boolean off, @RequestParam String name, RedirectAttributes redirect) {
        notices.act(redirect, "task.calendar.saved", () -> calendar.setDay(admin, day, off, name));
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    @PostMapping("/admin/calendar/{day}/delete")
    String removeDay(@AuthenticationPrincipal SignedInUser admin,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        calendar.removeDay(admin, day);
        notices.done(redirect, "task.calendar.removed");
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
