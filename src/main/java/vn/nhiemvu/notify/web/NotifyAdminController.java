package vn.nhiemvu.notify.web;

import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.notify.FollowUpStatus;
import vn.nhiemvu.notify.ReminderRules;
import vn.nhiemvu.notify.Reminders;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.web.Notices;

/** Reminder rules of the agency and the state of e-mail, for the administrator. */
@Controller
class NotifyAdminController {

    private final Reminders reminders;
    private final FollowUpStatus status;
    private final Notices notices;

    NotifyAdminController(Reminders reminders, FollowUpStatus status, Notices notices) {
        this.reminders = reminders;
        this.status = status;
        this.notices = notices;
    }

    @GetMapping("/admin/notify")
    String settings(@AuthenticationPrincipal SignedInUser admin, Model model) {
        ReminderRules rules = reminders.rules(admin.agencyId());
        model.addAttribute("rules", rules);
        model.addAttribute("daysBefore", rules.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        model.addAttribute("email", status.email());
        return "notify/admin";
    }

    @PostMapping("/admin/notify")
    String save(@AuthenticationPrincipal SignedInUser admin, @RequestParam String daysBefore,
            @RequestParam int overdueEveryWorkDays, @RequestParam int version, RedirectAttributes redirect) {
        notices.act(redirect, "notify.rules.saved",
                () -> reminders.saveRules(admin, daysBefore, overdueEveryWorkDays, version));
        return "redirect:/admin/notify";
    }
}
