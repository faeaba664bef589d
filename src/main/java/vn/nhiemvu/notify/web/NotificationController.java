package vn.nhiemvu.notify.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.notify.Notifications;
import vn.nhiemvu.org.SignedInUser;

/** The bell: unread count in the header, the list of notices, marking them read. */
@Controller
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("notices", notifications.latest(user, 100));
        model.addAttribute("unread", notifications.unreadCount(user));
        return "notify/list";
    }

    /** The header's bell, loaded by htmx after the page so that no page waits for it. */
    @GetMapping("/notifications/bell")
    String bell(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("unread", notifications.unreadCount(user));
        return "notify/bell :: bell";
    }

    /** Marks the notice read and opens what it is about (a path the application stored, never one from the request). */
    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return "redirect:" + notifications.markRead(user, id)
                .filter(link -> link.startsWith("/") && !link.startsWith("//")).orElse("/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        return "redirect:/notifications";
    }
}
