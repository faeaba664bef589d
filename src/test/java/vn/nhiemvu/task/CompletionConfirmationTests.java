package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

/**
 * Domain spec §2.5.7: where the office confirms completions, a unit's completion waits in "Chờ xác nhận
 * hoàn thành", counts as not completed until confirmed, and then counts from the date the unit reported.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionConfirmationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DirectiveService directives;

    @Autowired
    TaskSettings settings;

    @Autowired
    AccountService accounts;

    TaskApi office;
    TaskApi unitHead;
    String officeUsername;
    String unitHeadUsername;
    String adminUsername;

    @BeforeAll
    void aDepartmentWhoseOfficeConfirmsCompletions() {
        officeUsername = DepartmentFixtures.newDepartment(jdbc, passwordEncoder, directives);
        long agencyId = jdbc.sql("select agency_id from account where username = ?").param(officeUsername)
                .query(Long.class).single();
        long qlkh = jdbc.sql("select id from unit where agency_id = ? and code = 'QLKH'").param(agencyId)
                .query(Long.class).single();
        long person = jdbc.sql("insert into person (agency_id, unit_id, full_name) values (?, ?, 'Trần Văn Bình') returning id")
                .params(agencyId, qlkh).query(Long.class).single();
        unitHeadUsername = officeUsername.replace("vanphong", "truongphong");
        adminUsername = officeUsername.replace("vanphong", "quantri");
        jdbc.sql("insert into account (agency_id, username, password_hash, role, person_id) values (?, ?, ?, 'UNIT_HEAD', ?)")
                .params(agencyId, unitHeadUsername, passwordEncoder.encode(DepartmentFixtures.PASSWORD), person).update();
        jdbc.sql("insert into account (agency_id, username, password_hash, role) values (?, ?, ?, 'ADMIN')")
                .params(agencyId, adminUsername, passwordEncoder.encode(DepartmentFixtures.PASSWORD)).update();
        office = new TaskApi(mvc, officeUsername, DepartmentFixtures.PASSWORD);
        unitHead = new TaskApi(mvc, unitHeadUsername, DepartmentFixtures.PASSWORD);

        SignedInUser admin = signedIn(adminUsername);
        assertThatThrownBy(() -> settings.update(signedIn(officeUsername), 0, true)).isInstanceOf(Refused.class);
        settings.update(admin, 0, true);
        assertThatThrownBy(() -> settings.update(admin, 0, false))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.kind()).isEqualTo(Refused.Kind.STALE));
        assertThat(settings.of(admin).confirmCompletion()).isTrue();
    }

    private SignedInUser signedIn(String username) {
        return (SignedInUser) accounts.loadUserByUsername(username);
    }

    private long task(String reference) {
        return task(reference, "2023-01-03");
    }

    private long task(String reference, String issuedOn) {
        long directive = office.directive(reference, issuedOn);
        return office.task(directive, "Báo cáo kết quả " + reference, "QLKH", "{\"kind\":\"DATE\",\"value\":\"2023-01-15\"}");
    }

    /** The tasks assigned on 02/01/2023: only the first test's. */
    private String summaryAsOf20January() throws java.io.UnsupportedEncodingException {
        return mvc.get().uri("/api/v1/tasks/summary?from=2023-01-02&to=2023-01-02&asOf=2023-01-20")
                .with(office.auth()).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aUnitsCompletionWaitsCountsAsOpenAndIsConfirmedWithTheReportedDate() throws Exception {
        long task = task("11/UBND-XN", "2023-01-02");
        assertThat(unitHead.post("/api/v1/tasks/" + task + "/completion", """
                {"completedOn":"2023-01-14","result":"Báo cáo số 06/BC-KHCN ngày 14/01/2023"}""")).hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/tasks/" + task).with(office.auth())).bodyJson()
                .isLenientlyEqualTo("""
                        {"workState":"CHO_XAC_NHAN","completedOn":null,"reportedOn":"2023-01-14",
                         "reportedResult":"Báo cáo số 06/BC-KHCN ngày 14/01/2023","reportedBy":"Trần Văn Bình"}""");
        // Not completed until confirmed: past its due date (16/01, the Monday after), it is overdue.
        assertThat(summaryAsOf20January()).contains("\"inProgressOverdue\":1", "\"completedOnTime\":0");
        assertThat(unitHead.post("/api/v1/tasks/" + task + "/completion", """
                {"completedOn":"2023-01-14"}""")).hasStatus(409);
        assertThat(unitHead.post("/api/v1/tasks/" + task + "/completion/confirm", "")).hasStatus(403);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                where n.task_id = ? and n.kind = 'COMPLETION_REPORTED' and a.username = ?""")
                .params(task, officeUsername).query(Long.class).single() == 1);
        assertThat(mvc.get().uri("/tasks/awaiting-confirmation").with(user(signedIn(officeUsername)))).hasStatusOk()
                .bodyText().contains("Báo cáo kết quả 11/UBND-XN", "14/01/2023", "Trần Văn Bình");

        assertThat(office.post("/api/v1/tasks/" + task + "/completion/confirm", "")).hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/tasks/" + task).with(office.auth())).bodyJson()
                .isLenientlyEqualTo("""
                        {"workState":"HOAN_THANH","completedOn":"2023-01-14","reportedOn":null,
                         "result":"Báo cáo số 06/BC-KHCN ngày 14/01/2023"}""");
        assertThat(summaryAsOf20January()).contains("\"completedOnTime\":1", "\"inProgressOverdue\":0");
        assertThat(office.post("/api/v1/tasks/" + task + "/completion/confirm", "")).hasStatus(409);
    }

    @Test
    void theOfficeSendsACompletionBackWithItsReasonAndTheUnitIsTold() {
        long task = task("12/UBND-XN");
        assertThat(unitHead.post("/api/v1/tasks/" + task + "/completion", """
                {"completedOn":"2023-01-14","result":"Báo cáo nháp"}""")).hasStatus(204);
        assertThat(office.post("/api/v1/tasks/" + task + "/completion/return", """
                {"note":"  "}""")).hasStatus(400);
        assertThat(office.post("/api/v1/tasks/" + task + "/completion/return", """
                {"note":"Thiếu số liệu quý IV"}""")).hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/tasks/" + task).with(office.auth())).bodyJson()
                .isLenientlyEqualTo("""
                        {"workState":"DANG_THUC_HIEN","completedOn":null,"reportedOn":null,
                         "progress":[{"note":"Thiếu số liệu quý IV"}]}""");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                where n.task_id = ? and n.kind = 'COMPLETION_RETURNED' and a.username = ?""")
                .params(task, unitHeadUsername).query(Long.class).single() == 1);
        assertThat(office.post("/api/v1/tasks/" + task + "/completion/return", """
                {"note":"Lần hai"}""")).hasStatus(409);
    }

    @Test
    void theOfficesOwnCompletionCountsAtOnce() {
        long task = task("13/UBND-XN");
        assertThat(office.post("/api/v1/tasks/" + task + "/completion", """
                {"completedOn":"2023-01-13"}""")).hasStatus(204);
        assertThat(mvc.get().uri("/api/v1/tasks/" + task).with(office.auth())).bodyJson()
                .isLenientlyEqualTo("""
                        {"workState":"HOAN_THANH","completedOn":"2023-01-13"}""");
    }

    @Test
    void nobodySetsTheWaitingStateByHand() {
        long task = task("14/UBND-XN");
        assertThatThrownBy(() -> jdbc.sql("update task set reported_on = '2023-01-14' where id = ?").param(task).update())
                .as("the schema keeps a report only while the task waits").isNotNull();
        assertThat(mvc.get().uri("/admin/task-settings").with(user(signedIn(adminUsername)))).hasStatusOk()
                .bodyText().contains("Văn phòng (hoặc Lãnh đạo Sở) xác nhận hoàn thành", "checked");
    }
}
