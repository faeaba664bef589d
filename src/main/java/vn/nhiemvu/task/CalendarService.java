package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

/**
 * The working calendar: the rules of BLLĐ 2019 plus the official days an administrator enters from the
 * yearly notice (domain spec §5.5). Cached; an edit replaces the cache and recomputes open tasks' due dates.
 */
@Service
public class CalendarService {

    /** A day entered by an administrator, as the calendar page lists it. */
    public record CalendarDay(LocalDate day, boolean off, String name, String updatedBy) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final AtomicReference<WorkingCalendar> cached = new AtomicReference<>();

    CalendarService(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public WorkingCalendar calendar() {
        WorkingCalendar calendar = cached.get();
        if (calendar == null) {
            calendar = WorkingCalendar.of(overrides().stream()
                    .map(day -> new WorkingCalendar.OfficialDay(day.day(), day.off(), day.name())).toList());
            cached.set(calendar);
        }
        return calendar;
    }

    /** A year's days off on weekdays and weekends alike, as the calendar now has them, in date order. */
    public java.util.SortedMap<LocalDate, String> daysOff(int year) {
        java.util.SortedMap<LocalDate, String> days = new java.util.TreeMap<>();
        WorkingCalendar current = calendar();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            LocalDate d = day;
            current.dayOffName(d).filter(name -> !current.isWorkingDay(d)).ifPresent(name -> days.put(d, name));
        }
        return days;
    }

    /** The longest term counted in working days that a form or the API computes; a year and a half. */
    static final int MAX_WORKING_DAYS = 400;

    /**
     * The last day of "{@code days} ngày làm việc kể từ ngày {@code from}" on the calendar as it now stands
     * (domain spec §2.3.4: day 1 is the working day after the reference day).
     */
    public LocalDate workingDaysFrom(LocalDate from, Integer days) {
        if (from == null || days == null) {
            throw Refused.invalid("task.workingDays.required");
        }
        if (days < 1 || days > MAX_WORKING_DAYS) {
            throw Refused.invalid("task.workingDays.range", MAX_WORKING_DAYS);
        }
        return calendar().addWorkingDays(from, days);
    }

    public List<CalendarDay> overrides() {
        return jdbc.sql("select day, off, name, updated_by from calendar_override order by day")
                .query(CalendarDay.class).list();
    }

    @Transactional
    public void setDay(SignedInUser admin, LocalDate day, boolean off, String name) {
        requireAdmin(admin);
        if (day == null || name == null || name.isBlank()) {
            throw Refused.invalid("task.calendar.invalid");
        }
        jdbc.sql("""
                insert into calendar_override (day, off, name, updated_by) values (?, ?, ?, ?)
                on conflict (day) do update set off = excluded.off, name = excluded.name,
                    updated_by = excluded.updated_by, updated_at = now()""")
                .params(day, off, name.strip(), admin.getUsername()).update();
        audit.record(admin.agencyId(), admin.getUsername(), "calendar", day.toEpochDay(), "UPDATE",
                Change.diff().field(day.toString(), null, (off ? "nghỉ: " : "làm việc: ") + name.strip()).build());
        cached.set(null);
        moveDueDatesAround(day);
    }

    @Transactional
    public void removeDay(SignedInUser admin, LocalDate day) {
        requireAdmin(admin);
        jdbc.sql("delete from calendar_override where day = ?").param(day).update();
        audit.record(admin.agencyId(), admin.getUsername(), "calendar", day.toEpochDay(), "DELETE", List.of());
        cached.set(null);
        moveDueDatesAround(day);
    }

    /**
     * A changed day can move the effective due date of tasks written due shortly before it; tasks whose
     * deadline was extended keep the date their extension set.
     */
    private void moveDueDatesAround(LocalDate day) {
        WorkingCalendar calendar = calendar();
        jdbc.sql("""
                select id, written_due from task
                where written_due between ? and ? and extended_on is null and not is_series""")
                .params(day.minusDays(20), day)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()})
                .list()
                .forEach(row -> {
                    LocalDate due = calendar.onOrNextWorkingDay((LocalDate) row[1]);
                    jdbc.sql("""
                            update task set original_due = ?, due_date = ?
                            where id = ? and due_date is distinct from ?""")
                            .params(due, due, row[0], due).update();
                });
    }

    private static void requireAdmin(SignedInUser user) {
        if (!user.is(Role.ADMIN)) {
            throw Refused.forbidden();
        }
    }
}
