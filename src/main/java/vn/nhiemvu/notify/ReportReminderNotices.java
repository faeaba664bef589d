package vn.nhiemvu.notify;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.report.ReportContributionReminded;

/** A unit reminded to write its parts of a periodic report: its heads get a notice in the bell and an e-mail. */
@Component
class ReportReminderNotices {

    private final AccountService accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    ReportReminderNotices(AccountService accounts, Notifications notifications, MessageSource messages) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReportContributionReminded event) {
        String title = messages.getMessage("notify.report.title", new Object[] {event.remindedBy(), event.subject()},
                Reminders.VIETNAMESE);
        String body = messages.getMessage("notify.report.body",
                new Object[] {event.unitName(), String.join("; ", event.sections())}, Reminders.VIETNAMESE);
        notifications.send(accounts.unitHeads(event.agencyId(), event.unitId()), null, "REPORT", title, body,
                "/reports/" + event.reportId());
    }
}
