package vn.nhiemvu.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.Recipient;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.CalendarService;
import vn.nhiemvu.task.Dates;
import vn.nhiemvu.task.OpenTask;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.WorkingCalendar;

/**
 * Reminders about deadlines, to the assignees and the lead unit's head, and to the office once a task is
 * overdue. Each step of each task goes to each person once: the sent-log's key is (task, account, step),
 * and the notice is written in the same transaction as the log line.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final CalendarService calendar;
    private final AccountService accounts;
    private final Notifications notifications;
    private final NotifyProperties properties;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(JdbcClient jdbc, TaskService tasks, CalendarService calendar, AccountService accounts,
            Notifications notifications, NotifyProperties properties, MessageSource messages,
            TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.calendar = calendar;
        this.accounts = accounts;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Every morning at 07:30 in Viet Nam, and shortly after a start, to catch up after a stop. */
    @Scheduled(cron = "0 30 7 * * *", zone = "Asia/Ho_Chi_Minh")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M")
    public void runToday() {
        sendFor(LocalDate.now(clock));
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelay = Long.MAX_VALUE)
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT30M")
    public void catchUpAfterStart() {
        sendFor(LocalDate.now(clock));
    }

    /** Sends what is due on that day; answers how many notices were written. */
    public int sendFor(LocalDate today) {
        WorkingCalendar workingCalendar = calendar.calendar();
        int sent = 0;
        long agency = -1;
        ReminderRules rules = null;
        for (OpenTask task : tasks.openTasksDueBy(today.plusDays(maxDaysBefore()))) {
            if (task.agencyId() != agency) {
                agency = task.agencyId();
                rules = rules(agency);
            }
            ReminderRules agencyRules = rules;
            ReminderStep step = ReminderPlan.stepOn(today, task.dueDate(), agencyRules, workingCalendar).orElse(null);
            if (step != null) {
                Integer written = transaction.execute(status -> remind(task, step));
                sent += written == null ? 0 : written;
            }
        }
        log.info("Reminders for {}: {} notices", today, sent);
        return sent;
    }

    private int maxDaysBefore() {
        List<Integer> all = new ArrayList<>(properties.daysBefore());
        all.addAll(jdbc.sql("select coalesce(max(d), 0) from reminder_settings, unnest(days_before) d")
                .query(Integer.class).list());
        return all.stream().mapToInt(Integer::intValue).max().orElse(7);
    }

    private int remind(OpenTask task, ReminderStep step) {
        List<Recipient> recipients = new ArrayList<>(accounts.recipientsOfPeople(task.agencyId(), task.assigneeIds()));
        recipients.addAll(accounts.unitHeads(task.agencyId(), task.leadUnitId()));
        if (step.kind() == ReminderStep.Kind.OVERDUE) {
            recipients.addAll(accounts.office(task.agencyId()));
        }
        List<Recipient> fresh = new ArrayList<>();
        for (Recipient recipient : recipients) {
            int inserted = jdbc.sql("""
                    insert into reminder_sent (task_id, account_id, step) values (?, ?, ?)
                    on conflict do nothing""")
                    .params(task.id(), recipient.accountId(), step.key()).update();
            if (inserted == 1) {
                fresh.add(recipient);
            }
        }
        if (fresh.isEmpty()) {
            return 0;
        }
        String title = messages.getMessage("notify.reminder." + step.kind().name().toLowerCase(Locale.ROOT),
                new Object[] {String.valueOf(step.days()), task.content()}, VIETNAMESE);
        String body = messages.getMessage("notify.reminder.body",
                new Object[] {task.content(), task.leadUnitName(), Dates.format(task.dueDate())}, VIETNAMESE);
        notifications.send(fresh, task.id(), "REMINDER_" + step.kind(), title, body,
                "/tasks/" + task.id());
        return fresh.size();
    }

    // ----- rules per agency

    @Transactional(readOnly = true)
    public ReminderRules rules(long agencyId) {
        return jdbc.sql("select days_before, overdue_every_work_days, version from reminder_settings where agency_id = ?")
                .param(agencyId)
                .query((rs, row) -> new ReminderRules(Arrays.asList((Integer[]) rs.getArray(1).getArray()),
                        rs.getInt(2), rs.getInt(3)))
                .optional()
                .orElse(new ReminderRules(properties.daysBefore(), properties.overdueEveryWorkDays(), 0));
    }

    @Transactional
    public void saveRules(SignedInUser admin, String daysBefore, int overdueEveryWorkDays, int version) {
        if (!admin.is(Role.ADMIN)) {
            throw Refused.forbidden();
        }
        List<Integer> days;
        try {
            days = Arrays.stream(daysBefore.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Integer::parseInt)
                    .distinct().sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (NumberFormatException e) {
            throw Refused.invalid("notify.rules.daysBefore.invalid");
        }
        if (days.stream().anyMatch(d -> d < 1 || d > 60) || overdueEveryWorkDays < 0 || overdueEveryWorkDays > 30) {
            throw Refused.invalid("notify.rules.daysBefore.invalid");
        }
        int updated = jdbc.sql("""
                insert into reminder_settings (agency_id, days_before, overdue_every_work_days) values (?, ?, ?)
                on conflict (agency_id) do update set days_before = excluded.days_before,
                    overdue_every_work_days = excluded.overdue_every_work_days,
                    version = reminder_settings.version + 1
                where reminder_settings.version = ?""")
                .params(admin.agencyId(), days.toArray(Integer[]::new), overdueEveryWorkDays, version).update();
        if (updated == 0) {
            throw Refused.stale();
        }
    }
}
