package vn.nhiemvu.notify;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.Recipient;
import vn.nhiemvu.task.Dates;
import vn.nhiemvu.task.OpenTask;
import vn.nhiemvu.task.TaskService;

/** Monday 07:30: each unit head gets the unit's overdue tasks and those due within 7 days, once a week. */
@Service
public class WeeklyDigest {

    static final int DAYS_AHEAD = 7;

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final OrgService org;
    private final AccountService accounts;
    private final Notifications notifications;
    private final NotifyProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeeklyDigest(JdbcClient jdbc, TaskService tasks, OrgService org, AccountService accounts,
            Notifications notifications, NotifyProperties properties, MessageSource messages,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.org = org;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 7 * * MON", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT30M")
    public void runThisWeek() {
        sendFor(LocalDate.now(clock));
    }

    /** Sends the digest of the week containing {@code today}; answers how many unit heads got one. */
    public int sendFor(LocalDate today) {
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<OpenTask> open = tasks.openTasksDueBy(today.plusDays(DAYS_AHEAD));
        int sent = 0;
        for (Long agencyId : org.agencyIds()) {
            for (Recipient head : accounts.allUnitHeads(agencyId)) {
                Long unitId = accounts.unitOf(head.accountId()).orElse(null);
                if (unitId == null) {
                    continue;
                }
                List<OpenTask> overdue = open.stream()
                        .filter(t -> t.agencyId() == agencyId && t.leadUnitId() == unitId && t.dueDate().isBefore(today))
                        .toList();
                List<OpenTask> dueSoon = open.stream()
                        .filter(t -> t.agencyId() == agencyId && t.leadUnitId() == unitId && !t.dueDate().isBefore(today))
                        .toList();
                Boolean done = transaction.execute(status -> send(head, week, overdue, dueSoon));
                sent += Boolean.TRUE.equals(done) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(Recipient head, LocalDate week, List<OpenTask> overdue, List<OpenTask> dueSoon) {
        int inserted = jdbc.sql("insert into digest_sent (account_id, week) values (?, ?) on conflict do nothing")
                .params(head.accountId(), week).update();
        if (inserted == 0) {
            return false;
        }
        String title = messages.getMessage("notify.digest.title",
                new Object[] {Dates.format(week), String.valueOf(overdue.size()), String.valueOf(dueSoon.size())},
                Reminders.VIETNAMESE);
        String body = messages.getMessage("notify.digest.overdue", null, Reminders.VIETNAMESE) + "\n" + lines(overdue)
                + "\n\n" + messages.getMessage("notify.digest.dueSoon", null, Reminders.VIETNAMESE) + "\n"
                + lines(dueSoon);
        notifications.send(List.of(head), null, "DIGEST", title, body, "/tasks?scope=UNIT");
        return true;
    }

    private String lines(List<OpenTask> list) {
        if (list.isEmpty()) {
            return messages.getMessage("notify.digest.none", null, Reminders.VIETNAMESE);
        }
        return list.stream().map(t -> "- " + Dates.format(t.dueDate()) + ": " + t.content() + " ("
                + properties.baseUrl() + "/tasks/" + t.id() + ")").collect(Collectors.joining("\n"));
    }
}
