package vn.nhiemvu.notify;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.Recipient;
import vn.nhiemvu.task.Dates;
import vn.nhiemvu.task.TaskCompletionReported;
import vn.nhiemvu.task.TaskCompletionReturned;
import vn.nhiemvu.task.TaskService;

/**
 * Completions waiting for confirmation (domain spec §2.5.7): the office learns of a reported one at once, the
 * unit of one sent back.
 */
@Component
class CompletionNotices {

    private final TaskService tasks;
    private final AccountService accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    CompletionNotices(TaskService tasks, AccountService accounts, Notifications notifications,
            MessageSource messages) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(TaskCompletionReported event) {
        String title = messages.getMessage("notify.completionReported.title", new Object[] {event.content()},
                Reminders.VIETNAMESE);
        String body = messages.getMessage("notify.completionReported.body",
                new Object[] {event.reportedBy(), Dates.format(event.reportedOn())}, Reminders.VIETNAMESE);
        notifications.send(accounts.office(event.agencyId()), event.taskId(), "COMPLETION_REPORTED", title, body,
                "/tasks/" + event.taskId());
    }

    @ApplicationModuleListener
    void on(TaskCompletionReturned event) {
        tasks.openTask(event.taskId()).ifPresent(task -> {
            List<Recipient> recipients = new ArrayList<>(accounts.recipientsOfPeople(event.agencyId(), task.assigneeIds()));
            recipients.addAll(accounts.unitHeads(event.agencyId(), task.leadUnitId()));
            String title = messages.getMessage("notify.completionReturned.title",
                    new Object[] {event.returnedBy(), event.content()}, Reminders.VIETNAMESE);
            notifications.send(recipients, event.taskId(), "COMPLETION_RETURNED", title, event.note(),
                    "/tasks/" + event.taskId());
        });
    }
}
