package vn.nhiemvu.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.OrgFixtures;
import vn.nhiemvu.task.WorkingCalendar;

/**
 * Reminders fire at the right moments (the job is given the day, as a controllable clock), once, in the
 * application and over real SMTP to an in-process server; urging and the weekly digest reach their people.
 */
@IntegrationTest
class NotifyTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Reminders reminders;

    @Autowired
    WeeklyDigest digest;

    @Autowired
    NotifyProperties properties;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    vn.nhiemvu.org.AccountService accounts;

    long assigneeAccount;
    long assigneePerson;
    String email;

    /** A staff member of QLKH with an e-mail address, to be given the tasks. */
    @BeforeEach
    void aStaffMemberWithEmail() {
        String username = "nhac" + System.nanoTime() % 1_000_000_000;
        email = username + "@khcn.example.vn";
        long agency = jdbc.sql("select agency_id from account where username = 'vanphong'").query(Long.class).single();
        long unit = jdbc.sql("select id from unit where agency_id = ? and code = 'QLKH'").param(agency)
                .query(Long.class).single();
        assigneePerson = jdbc.sql("""
                insert into person (agency_id, unit_id, full_name, position, email)
                values (?, ?, 'Ngô Thị Nhắc', 'Chuyên viên', ?) returning id""")
                .params(agency, unit, email).query(Long.class).single();
        assigneeAccount = jdbc.sql("""
                insert into account (agency_id, username, password_hash, role, person_id)
                values (?, ?, ?, 'STAFF', ?) returning id""")
                .params(agency, username, passwordEncoder.encode("x-y-z-123"), assigneePerson).query(Long.class).single();
    }

    private long taskDue(LocalDate due) {
        var created = mvc.post().uri("/api/v1/tasks").with(OrgFixtures.basic("vanphong"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"content":"Nhiệm vụ nhắc hạn %d","issuer":"Giám đốc Sở","leadUnit":"QLKH","assignees":[%d],"assignedOn":"%s",
                         "deadline":{"kind":"DATE","value":"%s"}}""".formatted(System.nanoTime(), assigneePerson,
                        TODAY, due))
                .exchange();
        assertThat(created).hasStatus(201);
        return Long.parseLong(created.getMvcResult().getResponse().getHeader("Location").replaceAll(".*/", ""));
    }

    private List<String> noticesOf(long taskId, String kind) {
        return jdbc.sql("""
                select a.username from notification n join account a on a.id = n.account_id
                where n.task_id = ? and n.kind = ? order by a.username""")
                .params(taskId, kind).query(String.class).list();
    }

    @Autowired
    Notifications notifications;

    @Test
    void aNoticeOpensWhatItIsAboutAndItsEmailCarriesTheFullAddress() {
        long agency = jdbc.sql("select agency_id from account where id = ?").param(assigneeAccount).query(Long.class).single();
        transaction.executeWithoutResult(status -> notifications.send(
                List.of(new vn.nhiemvu.org.Recipient(assigneeAccount, agency, "Ngô Thị Nhắc", email)), null, "REPORT",
                "Nhắc viết báo cáo quý", "Phòng chưa nộp phần 1.", "/reports/7"));
        long id = jdbc.sql("select id from notification where account_id = ? and kind = 'REPORT'").param(assigneeAccount)
                .query(Long.class).single();
        var me = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                accounts.loadUserByUsername(jdbc.sql("select username from account where id = ?").param(assigneeAccount)
                        .query(String.class).single()));

        assertThat(mvc.get().uri("/notifications").with(me)).bodyText().contains("Nhắc viết báo cáo quý", ">Xem<");
        assertThat(mvc.post().uri("/notifications/" + id + "/read").with(me)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .hasStatus3xxRedirection().hasRedirectedUrl("/reports/7");
        assertThat(jdbc.sql("select read_at is not null from notification where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
        assertThat(jdbc.sql("select body from email_outbox where to_address = ?").param(email).query(String.class).single())
                .endsWith("\n\n" + properties.baseUrl() + "/reports/7");
    }

    @Test
    void remindsSevenDaysAndOneDayBeforeOnTheDayAndEveryThreeWorkingDaysOverdueEachOnce() {
        LocalDate due = WorkingCalendar.standard().onOrNextWorkingDay(TODAY.plusDays(20));
        long task = taskDue(due);
        String assignee = jdbc.sql("select username from account where id = ?").param(assigneeAccount)
                .query(String.class).single();

        reminders.sendFor(due.minusDays(8));
        assertThat(noticesOf(task, "REMINDER_BEFORE")).isEmpty();

        reminders.sendFor(due.minusDays(7));
        assertThat(noticesOf(task, "REMINDER_BEFORE")).containsExactly(assignee, "truongphong");
        reminders.sendFor(due.minusDays(7));
        reminders.sendFor(due.minusDays(3));
        assertThat(noticesOf(task, "REMINDER_BEFORE")).hasSize(2);

        reminders.sendFor(due.minusDays(1));
        assertThat(noticesOf(task, "REMINDER_BEFORE")).hasSize(4);
        reminders.sendFor(due);
        assertThat(noticesOf(task, "REMINDER_DUE")).containsExactly(assignee, "truongphong");

        WorkingCalendar calendar = WorkingCalendar.standard();
        LocalDate twoWorkingDaysLate = nthWorkingDayAfter(calendar, due, 2);
        reminders.sendFor(twoWorkingDaysLate);
        assertThat(noticesOf(task, "REMINDER_OVERDUE")).isEmpty();
        LocalDate threeWorkingDaysLate = nthWorkingDayAfter(calendar, due, 3);
        reminders.sendFor(threeWorkingDaysLate);
        reminders.sendFor(threeWorkingDaysLate);
        assertThat(noticesOf(task, "REMINDER_OVERDUE")).containsExactlyInAnyOrder(assignee, "truongphong", "vanphong");
        reminders.sendFor(nthWorkingDayAfter(calendar, due, 6));
        assertThat(noticesOf(task, "REMINDER_OVERDUE")).hasSize(6);

        await().atMost(Duration.ofSeconds(20)).until(() -> received(email).size() >= 5);
        assertThat(received(email)).hasSize(5)
                .anyMatch(subject -> subject.startsWith("Còn 7 ngày đến hạn: Nhiệm vụ nhắc hạn"))
                .anyMatch(subject -> subject.startsWith("Hôm nay là hạn hoàn thành"))
                .anyMatch(subject -> subject.startsWith("Nhiệm vụ đã quá hạn"));
    }

    @Test
    void remindsNothingForACompletedTask() {
        LocalDate due = TODAY.plusDays(2);
        long task = taskDue(due);
        assertThat(mvc.post().uri("/api/v1/tasks/" + task + "/completion").with(OrgFixtures.basic("vanphong"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"completedOn\":\"" + TODAY + "\"}")).hasStatus(204);
        reminders.sendFor(due);
        assertThat(noticesOf(task, "REMINDER_DUE")).isEmpty();
    }

    @Test
    void tellsTheAssigneeAndTheUnitHeadAtOnceWhenATaskIsUrged() {
        long task = taskDue(TODAY.plusDays(30));
        assertThat(mvc.post().uri("/api/v1/tasks/" + task + "/urge").with(OrgFixtures.basic("giamdoc"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Đề nghị khẩn trương hoàn thành.\"}"))
                .hasStatus(204);
        await().atMost(Duration.ofSeconds(10)).until(() -> noticesOf(task, "URGE").size() == 2);
        assertThat(jdbc.sql("select body from notification where task_id = ? and kind = 'URGE' limit 1").param(task)
                .query(String.class).single()).isEqualTo("Đề nghị khẩn trương hoàn thành.");
        assertThat(mvc.get().uri("/api/v1/tasks/" + task).with(OrgFixtures.basic("giamdoc"))).bodyJson()
                .extractingPath("$.urges[0].note").isEqualTo("Đề nghị khẩn trương hoàn thành.");
    }

    @Test
    void refusesUrgingFromStaff() {
        long task = taskDue(TODAY.plusDays(30));
        assertThat(mvc.post().uri("/api/v1/tasks/" + task + "/urge").with(OrgFixtures.basic("chuyenvien"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Nhanh lên\"}")).hasStatus(403);
    }

    @Test
    void sendsTheWeeklyDigestToTheUnitHeadOnceWithTheUnitsOverdueAndDueSoonTasks() {
        LocalDate monday = TODAY.plusWeeks(6).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        long dueSoon = taskDue(monday.plusDays(3));
        long overdue = taskDue(monday.minusDays(2));
        long later = taskDue(monday.plusDays(20));
        long head = jdbc.sql("select id from account where username = 'truongphong'").query(Long.class).single();
        digest.sendFor(monday);
        digest.sendFor(monday);
        List<String> bodies = jdbc.sql("select body from notification where account_id = ? and kind = 'DIGEST' and title like ?")
                .params(head, "Tuần từ " + vn.nhiemvu.task.Dates.format(monday) + "%").query(String.class).list();
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).contains("/tasks/" + dueSoon, "/tasks/" + overdue).doesNotContain("/tasks/" + later + ")");
    }

    @Test
    void keepsAnEmailWhenTheSmtpServerFailsAndSendsItOnceLater() {
        jdbc.sql("insert into email_outbox (agency_id, to_address, subject, body, next_attempt_at) values (1, ?, 'Thử gửi lại', 'Nội dung', now() + interval '1 day')")
                .param(email).update();
        long id = jdbc.sql("select max(id) from email_outbox where to_address = ?").param(email).query(Long.class).single();
        jdbc.sql("update email_outbox set next_attempt_at = now() where id = ?").param(id).update();
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        EmailOutbox failing = new EmailOutbox(jdbc, provider(unreachable), properties, transaction);
        failing.sendPending();
        var row = jdbc.sql("select attempts, sent_at is null as pending, last_error is not null as failed, next_attempt_at > now() as later from email_outbox where id = ?")
                .param(id).query((rs, n) -> List.of(rs.getInt(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
                .single();
        assertThat(row).containsExactly(1, true, true, true);
        assertThat(EmailOutbox.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(EmailOutbox.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(EmailOutbox.backoff(20)).isEqualTo(Duration.ofHours(1));

        jdbc.sql("update email_outbox set next_attempt_at = now() where id = ?").param(id).update();
        await().atMost(Duration.ofSeconds(15)).until(() -> received(email).contains("Thử gửi lại"));
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(received(email)).containsOnlyOnce("Thử gửi lại");
    }

    @Test
    void showsTheUnreadCountInTheBell() {
        mvc.post().uri("/api/v1/tasks/" + taskDue(TODAY.plusDays(30)) + "/urge").with(OrgFixtures.basic("giamdoc"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Kiểm tra chuông\"}").exchange();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(assigneeAccount).query(Integer.class).single() > 0);
        String username = jdbc.sql("select username from account where id = ?").param(assigneeAccount)
                .query(String.class).single();
        var user = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                accounts.loadUserByUsername(username));
        assertThat(mvc.get().uri("/notifications/bell").with(user)).hasStatusOk()
                .bodyText().contains("class=\"count\"").contains(">1<");
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        return new org.springframework.beans.factory.support.StaticListableBeanFactory(
                java.util.Map.of("sender", sender)).getBeanProvider(JavaMailSender.class);
    }

    private static List<String> received(String to) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> recipient(message).equals(to))
                .map(NotifyTests::subject).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate nthWorkingDayAfter(WorkingCalendar calendar, LocalDate day, int n) {
        return calendar.addWorkingDays(day, n);
    }
}
