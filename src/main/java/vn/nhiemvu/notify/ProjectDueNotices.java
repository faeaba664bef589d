package vn.nhiemvu.notify;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.Recipient;
import vn.nhiemvu.project.ProjectItemDue;
import vn.nhiemvu.task.Dates;

/**
 * Something due on an S&T project reaches the head of its managing unit and the officer who follows it, or the
 * office when the project names neither, in the bell and by e-mail.
 */
@Component
class ProjectDueNotices {

    private final AccountService accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    ProjectDueNotices(AccountService accounts, Notifications notifications, MessageSource messages) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ProjectItemDue event) {
        List<Recipient> recipients = new ArrayList<>();
        if (event.unitId() != null) {
            recipients.addAll(accounts.unitHeads(event.agencyId(), event.unitId()));
        }
        if (event.officerId() != null) {
            recipients.addAll(accounts.recipientsOfPeople(event.agencyId(), List.of(event.officerId())));
        }
        if (recipients.isEmpty()) {
            recipients.addAll(accounts.office(event.agencyId()));
        }
        String title = messages.getMessage(event.overdue() ? "notify.project.overdue" : "notify.project.soon",
                new Object[] {event.item(), event.code(), event.name()}, Reminders.VIETNAMESE);
        String body = messages.getMessage("notify.project.body",
                new Object[] {event.item(), Dates.format(event.dueOn()), event.code(), event.name()},
                Reminders.VIETNAMESE);
        notifications.send(recipients, null, event.overdue() ? "PROJECT_OVERDUE" : "PROJECT_DUE", title, body,
                "/projects/" + event.projectId());
    }
}
