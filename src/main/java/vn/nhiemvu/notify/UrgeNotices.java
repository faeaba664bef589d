package vn.nhiemvu.notify;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.Recipient;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.TaskUrged;

/** An urged task's assignees and lead unit head are told as soon as the urging is committed. */
@Component
class UrgeNotices {

    private final TaskService tasks;
    private final AccountService accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    UrgeNotices(TaskService tasks, AccountService accounts, Notifications notifications, MessageSource messages) {
        this.tasks = tasks;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(TaskUrged event) {
        tasks.openTask(event.taskId()).ifPresent(task -> {
            List<Recipient> recipients = new ArrayList<>(accounts.recipientsOfPeople(event.agencyId(), task.assigneeIds()));
            recipients.addAll(accounts.unitHeads(event.agencyId(), task.leadUnitId()));
            String title = messages.getMessage("notify.urge.title", new Object[] {event.urgedBy(), event.content()},
                    Reminders.VIETNAMESE);
            notifications.send(recipients, event.taskId(), "URGE", title, event.note(),
                    "/tasks/" + event.taskId());
        });
    }
}
