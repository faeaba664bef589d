package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.OrgFixtures;

/**
 * The task API as a program of the Department uses it: refusals answered as problem+json in Vietnamese that
 * change nothing, stale writes, extensions, who may do what, recurring tasks. Each test works on its own
 * directive and reads the tasks back filtered by it, since every integration test shares one database.
 */
@IntegrationTest
class TaskApiTests {

    /** "Today" as the application judges it (NhiemVuApplication.ZONE): the decision date of an extension. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final AtomicInteger REFERENCES = new AtomicInteger(7000);

    private static final String OTHER_UNIT_STAFF = "chuyenvien.tdc";
    private static final String OTHER_UNIT_STAFF_PASSWORD = "tdc-test-123";

    private static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    private TaskApi office;
    private TaskApi unitHead;
    private TaskApi leader;
    private TaskApi staff;
    private LocalDate today;
    private String testName;

    @BeforeEach
    void accounts(TestInfo test) {
        office = new TaskApi(mvc, "vanphong");
        unitHead = new TaskApi(mvc, "truongphong");
        leader = new TaskApi(mvc, "giamdoc");
        staff = new TaskApi(mvc, "chuyenvien");
        today = LocalDate.now(VIETNAM);
        testName = test.getTestMethod().orElseThrow().getName();
    }

    // ----- bad input: refused in Vietnamese, nothing changed

    @Test
    void refusesADeadlineBeforeTheAssignedDate() {
        long directive = directive(LocalDate.of(2025, 5, 10));

        assertProblem(assign(directive, "QLKH", date(LocalDate.of(2025, 5, 9))), 400,
                "Thời hạn 09/05/2025 sớm hơn ngày giao 10/05/2025.");
        assertProblem(assign(directive, "QLKH", "{\"kind\":\"MONTH\",\"value\":\"2025-04\"}"), 400,
                "Thời hạn 30/04/2025 sớm hơn ngày giao 10/05/2025.");
        assertThat(rows(directive, today).read("$.total", Integer.class)).isZero();
    }

    @Test
    void acceptsADeadlineOnTheAssignedDateItself() {
        long directive = directive(LocalDate.of(2025, 5, 12));

        assertThat(assign(directive, "QLKH", date(LocalDate.of(2025, 5, 12)))).hasStatus(201);
        assertThat(rows(directive, today).read("$.items[0].due", String.class)).isEqualTo("2025-05-12");
    }

    @Test
    void refusesAnUnknownUnitCode() {
        long directive = directive(today.minusDays(3));

        assertProblem(assign(directive, "KHONGCO", date(today.plusDays(10))), 400,
                "Không có đơn vị mã \"KHONGCO\" trong cơ quan.");
        assertThat(rows(directive, today).read("$.total", Integer.class)).isZero();
    }

    @Test
    void refusesACompletionDateInTheFuture() {
        long task = office.task(directive(today.minusDays(3)), content(), "QLKH", date(today.plusDays(10)));

        assertProblem(office.post("/api/v1/tasks/" + task + "/completion", """
                {"completedOn":"%s","result":"Báo cáo số 01/BC-KHCN"}""".formatted(today.plusDays(1))), 400,
                "Ngày hoàn thành không được sau hôm nay.");
        DocumentContext after = details(task);
        assertThat(after.read("$.completedOn", String.class)).isNull();
        assertThat(after.read("$.workState", String.class)).isEqualTo("DANG_THUC_HIEN");
        assertThat(after.read("$.version", Integer.class)).isZero();
    }

    @Test
    void refusesAMonthThatIsNotAMonth() {
        long directive = directive(today.minusDays(3));

        assertProblem(assign(directive, "QLKH", "{\"kind\":\"month\",\"value\":\"2025-13\"}"), 400,
                "Thời hạn theo tháng phải có dạng YYYY-MM, tháng từ 01 đến 12.");
        assertThat(rows(directive, today).read("$.total", Integer.class)).isZero();
    }

    @Test
    void refusesAnExtensionDecidedTwice() {
        long task = office.task(directive(today.minusDays(10)), content(), "QLKH", date(today.plusDays(3)));
        long extension = requestExtension(unitHead, task, today.plusDays(40));
        assertThat(decide(leader, task, extension, true)).hasStatus(204);
        DocumentContext decided = details(task);

        assertProblem(decide(leader, task, extension, true), 409, "Đề nghị gia hạn này đã được quyết định.");
        assertProblem(decide(new TaskApi(mvc, "phogiamdoc"), task, extension, false), 409,
                "Đề nghị gia hạn này đã được quyết định.");
        DocumentContext after = details(task);
        assertThat(after.read("$.dueDate", String.class)).isEqualTo(decided.read("$.dueDate", String.class));
        assertThat(after.read("$.version", Integer.class)).isEqualTo(decided.read("$.version", Integer.class));
        assertThat(after.read("$.extensions[0].status", String.class)).isEqualTo("APPROVED");
    }

    @Test
    void refusesADuplicateDirectiveReferenceInTheSameYear() {
        String reference = reference();
        assertThat(registerDirective(reference, LocalDate.of(2025, 3, 2))).hasStatus(201);

        assertProblem(registerDirective(reference, LocalDate.of(2025, 10, 20)), 409,
                "Văn bản số " + reference + " năm 2025 đã được nhập.");
        assertThat(registerDirective(reference.toLowerCase(), LocalDate.of(2025, 12, 31))).hasStatus(409);
        assertThat(directivesMatching(reference)).isEqualTo(1);
    }

    @Test
    void acceptsTheSameDirectiveReferenceInAnotherYear() {
        String reference = reference();
        assertThat(registerDirective(reference, LocalDate.of(2025, 3, 2))).hasStatus(201);

        assertThat(registerDirective(reference, LocalDate.of(2024, 3, 2))).hasStatus(201);
        assertThat(directivesMatching(reference)).isEqualTo(2);
    }

    // ----- versions: ETag and If-Match

    @Test
    void givesATaskAnETagThatChangesWithEveryWrite() {
        long task = office.task(directive(today.minusDays(3)), content(), "QLKH", date(today.plusDays(10)));
        assertThat(get(office, task)).hasStatusOk().hasHeader("ETag", "\"0\"");

        assertThat(mvc.post().uri("/api/v1/tasks/" + task + "/progress").with(office.auth())
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Đã xây dựng dự thảo\",\"percent\":40}")
                .exchange()).hasStatus(204).hasHeader("ETag", "\"1\"");
        assertThat(get(office, task)).hasHeader("ETag", "\"1\"");
    }

    @Test
    void refusesAStaleUpdateWithPreconditionFailed() {
        long task = office.task(directive(today.minusDays(3)), "Nội dung ban đầu", "QLKH", date(today.plusDays(10)));
        String read = get(office, task).getResponse().getHeader("ETag");

        assertThat(put(task, read, "Nội dung đã sửa")).hasStatus(204).hasHeader("ETag", "\"1\"");
        assertProblem(put(task, read, "Nội dung sửa từ bản cũ"), 412,
                "Dữ liệu đã được người khác thay đổi sau khi bạn mở. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.");
        DocumentContext after = details(task);
        assertThat(after.read("$.content", String.class)).isEqualTo("Nội dung đã sửa");
        assertThat(after.read("$.version", Integer.class)).isEqualTo(1);
    }

    @Test
    void keepsTheAuditTrailInTheWordsOfTheScreens() {
        long directive = directive(today.minusDays(3));
        MvcTestResult created = office.post("/api/v1/tasks", """
                {"directiveId":%d,"content":"%s","leadUnit":"VP","supportUnits":["QLKH"],"deadline":%s}"""
                .formatted(directive, content(), date(LocalDate.of(2030, 1, 15))));
        long task = TaskApi.id(created);
        String read = get(office, task).getResponse().getHeader("ETag");
        assertThat(put(task, read, "Nội dung đã sửa")).hasStatus(204);

        DocumentContext audit = details(task);
        java.util.List<String> values = audit.read("$.audit[*].after");
        assertThat(values).contains("Phòng Quản lý khoa học", "Văn phòng Sở", "Ngày cụ thể: 15/01/2030");
        assertThat(values).noneMatch(value -> value != null && (value.startsWith("[") || value.startsWith("DATE")));
        java.util.List<String> before = audit.read("$.audit[?(@.field == 'leadUnit' && @.action == 'UPDATE')].before");
        assertThat(before).containsExactly("Văn phòng Sở");
    }

    @Test
    void refusesAStaleCompletionWithPreconditionFailed() {
        long task = office.task(directive(today.minusDays(3)), "Nội dung ban đầu", "QLKH", date(today.plusDays(10)));
        String read = get(office, task).getResponse().getHeader("ETag");
        assertThat(put(task, read, "Nội dung đã sửa")).hasStatus(204);

        assertProblem(complete(task, read, today), 412,
                "Dữ liệu đã được người khác thay đổi sau khi bạn mở. Hãy tải lại trang để xem bản mới nhất rồi sửa lại.");
        assertThat(details(task).read("$.completedOn", String.class)).isNull();
        assertThat(complete(task, "\"1\"", today)).hasStatus(204);
        assertThat(details(task).read("$.completedOn", String.class)).isEqualTo(today.toString());
    }

    @Test
    void requiresIfMatchToUpdateATask() {
        long task = office.task(directive(today.minusDays(3)), "Nội dung ban đầu", "QLKH", date(today.plusDays(10)));

        assertThat(mvc.put().uri("/api/v1/tasks/" + task).with(office.auth()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"content\":\"Nội dung đã sửa\",\"leadUnit\":\"QLKH\"}").exchange()).hasStatus(428);
        assertThat(details(task).read("$.content", String.class)).isEqualTo("Nội dung ban đầu");
    }

    // ----- extensions (domain spec §2.6)

    @Test
    void keepsTheOldDueDateWhileAnExtensionIsPending() {
        long directive = directive(today.minusDays(10));
        long task = office.task(directive, content(), "QLKH", date(today.plusDays(3)));
        LocalDate due = dueDate(task);

        requestExtension(unitHead, task, today.plusDays(40));

        assertThat(details(task).read("$.extensions[0].status", String.class)).isEqualTo("PENDING");
        assertThat(dueDate(task)).isEqualTo(due);
        assertRow(directive, due, "DANG_TRONG_HAN", due);
        assertRow(directive, due.plusDays(1), "DANG_QUA_HAN", due);
    }

    @Test
    void usesTheNewDueDateFromTheDayALeaderApprovesTheExtension() {
        long directive = directive(today.minusDays(10));
        long task = office.task(directive, content(), "QLKH", date(today.plusDays(3)));
        LocalDate oldDue = dueDate(task);
        long extension = requestExtension(unitHead, task, today.plusDays(40));

        assertThat(decide(leader, task, extension, true)).hasStatus(204);

        DocumentContext after = details(task);
        LocalDate newDue = LocalDate.parse(after.read("$.dueDate", String.class));
        assertThat(newDue).isBetween(today.plusDays(40), today.plusDays(50));
        assertThat(after.read("$.originalDue", String.class)).isEqualTo(oldDue.toString());
        assertThat(after.read("$.extensions[0].status", String.class)).isEqualTo("APPROVED");
        assertThat(after.read("$.extensions[0].decidedOn", String.class)).isEqualTo(today.toString());
        assertRow(directive, today.minusDays(1), "DANG_TRONG_HAN", oldDue);
        assertRow(directive, oldDue.plusDays(1), "DANG_TRONG_HAN", newDue);
        assertRow(directive, newDue, "DANG_TRONG_HAN", newDue);
        assertRow(directive, newDue.plusDays(1), "DANG_QUA_HAN", newDue);
        assertThat(rows(directive, today.minusDays(1)).read("$.items[0].extended", Boolean.class)).isFalse();
        assertThat(rows(directive, today).read("$.items[0].extended", Boolean.class)).isTrue();
    }

    @Test
    void changesNothingWhenALeaderRejectsTheExtension() {
        long directive = directive(today.minusDays(10));
        long task = office.task(directive, content(), "QLKH", date(today.plusDays(3)));
        LocalDate due = dueDate(task);
        long extension = requestExtension(unitHead, task, today.plusDays(40));

        assertThat(decide(leader, task, extension, false)).hasStatus(204);

        DocumentContext after = details(task);
        assertThat(after.read("$.dueDate", String.class)).isEqualTo(due.toString());
        assertThat(after.read("$.extensions[0].status", String.class)).isEqualTo("REJECTED");
        assertRow(directive, due.plusDays(1), "DANG_QUA_HAN", due);
        assertThat(rows(directive, today).read("$.items[0].extended", Boolean.class)).isFalse();
    }

    /** An extension approved only after the old due date leaves the task overdue in between, in the lists too. */
    @Test
    void listsAsOverdueATaskWhoseExtensionWasApprovedOnlyAfterItsOldDueDate() {
        long directive = directive(today.minusDays(10));
        long task = office.task(directive, content(), "QLKH", date(today.plusDays(3)));
        LocalDate oldDue = dueDate(task);
        long extension = requestExtension(unitHead, task, today.plusDays(40));
        assertThat(decide(leader, task, extension, true)).hasStatus(204);
        LocalDate approvedOn = oldDue.plusDays(5);
        jdbc.sql("update task set extended_on = ? where id = ?").params(approvedOn, task).update();
        jdbc.sql("update task_extension set decided_on = ? where id = ?").params(approvedOn, extension).update();

        LocalDate between = oldDue.plusDays(2);
        assertRow(directive, between, "DANG_QUA_HAN", oldDue);
        assertThat(mvc.get().uri("/api/v1/tasks?directive={d}&status=DANG_QUA_HAN&asOf={asOf}", directive, between)
                .with(office.auth())).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/tasks?directive={d}&status=DANG_QUA_HAN&asOf={asOf}", directive,
                approvedOn).with(office.auth())).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(0);
    }

    /**
     * The real clock decides today, and a request must precede the due date, so the approved extension is
     * moved back in time in the database: the old due date then lies in the past, the new one after the
     * completion.
     */
    @Test
    void countsATaskCompletedAfterItsOldDueDateButBeforeTheExtendedOneAsOnTime() {
        long directive = directive(today.minusDays(10));
        long task = office.task(directive, content(), "QLKH", date(today.plusDays(3)));
        long extension = requestExtension(unitHead, task, today.plusDays(40));
        assertThat(decide(leader, task, extension, true)).hasStatus(204);
        LocalDate assignedOn = LocalDate.of(2018, 6, 11);
        int shift = (int) ChronoUnit.DAYS.between(assignedOn, today.minusDays(10));
        moveBack(directive, task, shift);
        DocumentContext moved = details(task);
        LocalDate oldDue = LocalDate.parse(moved.read("$.originalDue", String.class));
        LocalDate newDue = LocalDate.parse(moved.read("$.dueDate", String.class));
        assertThat(moved.read("$.assignedOn", String.class)).isEqualTo(assignedOn.toString());

        assertThat(complete(task, null, newDue)).hasStatus(204);

        assertThat(newDue).isAfter(oldDue);
        assertRow(directive, today, "HT_DUNG_HAN", newDue);
        assertThat(mvc.get().uri("/api/v1/tasks/summary?from={d}&to={d}&unit=QLKH&asOf={asOf}", assignedOn,
                assignedOn, today).with(office.auth()))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"total":1,"completedOnTime":1,"completedLate":0,"inProgressOverdue":0}""");
    }

    // ----- who may do what

    @Test
    void staffCannotAssignTasks() {
        long directive = directive(today.minusDays(3));

        assertProblem(staff.post("/api/v1/tasks", """
                {"directiveId":%d,"content":"%s","leadUnit":"QLKH","deadline":%s}"""
                .formatted(directive, content(), date(today.plusDays(10)))), 403, FORBIDDEN);
        assertThat(rows(directive, today).read("$.total", Integer.class)).isZero();
    }

    @Test
    void staffCannotDecideExtensions() {
        long task = office.task(directive(today.minusDays(10)), content(), "QLKH", date(today.plusDays(3)));
        LocalDate due = dueDate(task);
        long extension = requestExtension(unitHead, task, today.plusDays(40));

        assertProblem(decide(staff, task, extension, true), 403, FORBIDDEN);
        assertProblem(decide(unitHead, task, extension, true), 403, FORBIDDEN);
        assertThat(details(task).read("$.extensions[0].status", String.class)).isEqualTo("PENDING");
        assertThat(dueDate(task)).isEqualTo(due);
    }

    @Test
    void staffOfAnotherUnitCannotSeeATaskOfQlkh() {
        RequestPostProcessor otherStaff = staffOfAnotherUnit();
        long directive = directive(today.minusDays(3));
        long task = office.task(directive, content(), "QLKH", date(today.plusDays(10)));

        assertProblem(mvc.get().uri("/api/v1/tasks/" + task).with(otherStaff).exchange(), 404,
                "Không tìm thấy nhiệm vụ số " + task + ".");
        assertThat(mvc.get().uri("/api/v1/tasks?directive={d}", directive).with(otherStaff))
                .bodyJson().extractingPath("$.total").isEqualTo(0);
        assertThat(get(staff, task)).hasStatusOk();
    }

    @Test
    void answersATaskThatDoesNotExistWithNotFoundAndItsNumberAsWritten() {
        assertProblem(mvc.get().uri("/api/v1/tasks/123456").with(office.auth()).exchange(), 404,
                "Không tìm thấy nhiệm vụ số 123456.");
    }

    // ----- recurring tasks

    @Test
    void givesARecurringTaskOneOccurrencePerMonthUpToTheCurrentOne() {
        long directive = directive(today.minusMonths(3));
        office.task(directive, content(), "QLKH", "{\"kind\":\"RECURRING\",\"value\":\"monthly\"}");

        DocumentContext rows = rows(directive, today);
        List<String> expectedKeys = new ArrayList<>();
        for (int back = 3; back >= 0; back--) {
            expectedKeys.add(YearMonth.from(today).minusMonths(back).toString());
        }
        assertThat(rows.read("$.total", Integer.class)).isEqualTo(4);
        assertThat(rows.read("$.items[*].periodKey", List.class)).containsExactlyElementsOf(expectedKeys);
        for (int i = 0; i < 4; i++) {
            LocalDate monthEnd = YearMonth.parse(expectedKeys.get(i)).atEndOfMonth();
            LocalDate due = LocalDate.parse(rows.read("$.items[" + i + "].due", String.class));
            assertThat(rows.read("$.items[" + i + "].writtenDue", String.class)).isEqualTo(monthEnd.toString());
            assertThat(due).isBetween(monthEnd, monthEnd.plusDays(14));
            assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void completingOneOccurrenceLeavesTheOthersAsTheyWere() {
        long directive = directive(today.minusMonths(3));
        long series = office.task(directive, content(), "QLKH", "{\"kind\":\"RECURRING\",\"value\":\"monthly\"}");
        List<Map<String, Object>> before = rows(directive, today).read("$.items");
        long first = ((Number) before.get(0).get("id")).longValue();
        LocalDate firstMonthEnd = LocalDate.parse((String) before.get(0).get("writtenDue"));

        assertThat(complete(first, null, firstMonthEnd)).hasStatus(204);

        List<Map<String, Object>> after = rows(directive, today).read("$.items");
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.get(0)).containsEntry("id", before.get(0).get("id"))
                .containsEntry("status", "HT_DUNG_HAN")
                .containsEntry("completedOn", firstMonthEnd.toString());
        assertThat(after.subList(1, after.size())).isEqualTo(before.subList(1, before.size()));
        assertProblem(complete(series, null, today), 400,
                "Nhiệm vụ định kỳ được cập nhật theo từng kỳ: hãy mở kỳ cần cập nhật.");
    }

    // ----- helpers

    private String reference() {
        return REFERENCES.incrementAndGet() + "/KT-" + testName;
    }

    private String content() {
        return "Nhiệm vụ kiểm thử " + testName;
    }

    private MvcTestResult registerDirective(String reference, LocalDate issuedOn) {
        return office.post("/api/v1/directives", """
                {"reference":"%s","issuedOn":"%s","issuer":"UBND tỉnh","kind":"CV","summary":"Văn bản kiểm thử"}"""
                .formatted(reference, issuedOn));
    }

    private long directive(LocalDate issuedOn) {
        return office.directive(reference(), issuedOn.toString());
    }

    private int directivesMatching(String reference) {
        MvcTestResult result = mvc.get().uri("/api/v1/directives?q={q}", reference).with(office.auth()).exchange();
        assertThat(result).hasStatusOk();
        return json(result).read("$.total", Integer.class);
    }

    private static String date(LocalDate due) {
        return "{\"kind\":\"DATE\",\"value\":\"" + due + "\"}";
    }

    private MvcTestResult assign(long directive, String leadUnit, String deadlineJson) {
        return office.post("/api/v1/tasks", """
                {"directiveId":%d,"content":"%s","leadUnit":"%s","deadline":%s}"""
                .formatted(directive, content(), leadUnit, deadlineJson));
    }

    private MvcTestResult get(TaskApi as, long task) {
        return mvc.get().uri("/api/v1/tasks/" + task).with(as.auth()).exchange();
    }

    private DocumentContext details(long task) {
        MvcTestResult result = get(office, task);
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private LocalDate dueDate(long task) {
        return LocalDate.parse(details(task).read("$.dueDate", String.class));
    }

    private MvcTestResult put(long task, String ifMatch, String content) {
        return mvc.put().uri("/api/v1/tasks/" + task).with(office.auth()).header("If-Match", ifMatch)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"content":"%s","leadUnit":"QLKH","deadline":%s}""".formatted(content, date(today.plusDays(10))))
                .exchange();
    }

    private MvcTestResult complete(long task, String ifMatch, LocalDate on) {
        var request = mvc.post().uri("/api/v1/tasks/" + task + "/completion").with(office.auth())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"completedOn\":\"" + on + "\",\"result\":\"Báo cáo số 02/BC-KHCN\"}");
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).exchange();
    }

    private long requestExtension(TaskApi as, long task, LocalDate requested) {
        MvcTestResult result = as.post("/api/v1/tasks/" + task + "/extensions", """
                {"requestedDeadline":"%s","reason":"Chờ ý kiến góp ý của các sở, ngành"}""".formatted(requested));
        assertThat(result).hasStatus(201);
        return TaskApi.id(result);
    }

    private MvcTestResult decide(TaskApi as, long task, long extension, boolean approved) {
        return as.post("/api/v1/tasks/" + task + "/extensions/" + extension + "/decision",
                "{\"approved\":" + approved + ",\"note\":\"Ý kiến của lãnh đạo\"}");
    }

    private DocumentContext rows(long directive, LocalDate asOf) {
        MvcTestResult result = mvc.get().uri("/api/v1/tasks?directive={d}&asOf={asOf}", directive, asOf)
                .with(office.auth()).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    /** The one task of the directive, judged on {@code asOf}. */
    private void assertRow(long directive, LocalDate asOf, String status, LocalDate due) {
        DocumentContext rows = rows(directive, asOf);
        assertThat(rows.read("$.total", Integer.class)).isEqualTo(1);
        assertThat(rows.read("$.items[0].status", String.class)).as("status on %s", asOf).isEqualTo(status);
        assertThat(rows.read("$.items[0].due", String.class)).as("due on %s", asOf).isEqualTo(due.toString());
    }

    private static void assertProblem(MvcTestResult result, int status, String detail) {
        assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo(detail);
    }

    private static DocumentContext json(MvcTestResult result) {
        try {
            return JsonPath.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every date of the task, its extensions and its directive, {@code days} earlier. */
    private void moveBack(long directive, long task, int days) {
        jdbc.sql("""
                update task set assigned_on = assigned_on - :days, written_due = written_due - :days,
                       original_due = original_due - :days, due_date = due_date - :days,
                       extended_on = extended_on - :days, started_on = started_on - :days
                where id = :task""").param("days", days).param("task", task).update();
        jdbc.sql("""
                update task_extension set requested_deadline = requested_deadline - :days, new_due = new_due - :days,
                       previous_due = previous_due - :days, decided_on = decided_on - :days
                where task_id = :task""").param("days", days).param("task", task).update();
        jdbc.sql("update directive set issued_on = issued_on - :days where id = :directive")
                .param("days", days).param("directive", directive).update();
    }

    /** A STAFF account of the TĐC sub-department, which the demo Department does not have. */
    private RequestPostProcessor staffOfAnotherUnit() {
        boolean exists = jdbc.sql("select exists (select 1 from account where username = ?)")
                .param(OTHER_UNIT_STAFF).query(Boolean.class).single();
        if (!exists) {
            long agency = jdbc.sql("select agency_id from account where username = 'vanphong'").query(Long.class)
                    .single();
            long unit = jdbc.sql("select id from unit where agency_id = ? and code = 'TĐC'").param(agency)
                    .query(Long.class).single();
            long person = jdbc.sql("""
                    insert into person (agency_id, unit_id, full_name, position)
                    values (?, ?, 'Vũ Thị Lan', 'Kiểm định viên') returning id""")
                    .params(agency, unit).query(Long.class).single();
            jdbc.sql("""
                    insert into account (agency_id, username, password_hash, role, person_id)
                    values (?, ?, ?, 'STAFF', ?)""")
                    .params(agency, OTHER_UNIT_STAFF, passwordEncoder.encode(OTHER_UNIT_STAFF_PASSWORD), person)
                    .update();
        }
        return request -> {
            request.addHeader("Authorization", OrgFixtures.basicHeader(OTHER_UNIT_STAFF, OTHER_UNIT_STAFF_PASSWORD));
            return request;
        };
    }
}
