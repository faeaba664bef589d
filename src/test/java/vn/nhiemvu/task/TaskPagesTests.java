package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/** The task pages: forms refuse bad input on the same page, lists answer htmx with a fragment. */
@IntegrationTest
class TaskPagesTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long issuerId() {
        return jdbc.sql("""
                select i.id from issuer i join account a on a.agency_id = i.agency_id
                where a.username = 'vanphong' and i.name = 'UBND tỉnh'""").query(Long.class).single();
    }

    private long unitId(String code) {
        return jdbc.sql("""
                select u.id from unit u join account a on a.agency_id = u.agency_id
                where a.username = 'vanphong' and u.code = ?""").param(code).query(Long.class).single();
    }

    private String reference() {
        return SEQUENCE.incrementAndGet() + "/TRANG-KT";
    }

    @Test
    void opensTheNewTaskFormFromTheListADirectiveAndAParentTask() {
        long directiveId = jdbc.sql("""
                select d.id from directive d join account a on a.agency_id = d.agency_id
                where a.username = 'vanphong' order by d.id limit 1""").query(Long.class).single();
        long taskId = jdbc.sql("""
                select t.id from task t join account a on a.agency_id = t.agency_id
                where a.username = 'vanphong' and t.parent_id is null order by t.id limit 1""").query(Long.class).single();
        for (String uri : new String[] {"/tasks/new", "/tasks/new?directiveId=" + directiveId,
                "/tasks/new?parentId=" + taskId}) {
            assertThat(mvc.get().uri(uri).with(as("vanphong"))).as(uri)
                    .hasStatusOk()
                    .bodyText().contains("name=\"content\"", "Tính hạn theo số ngày làm việc");
        }
    }

    @Test
    void refusesADirectiveFileThatIsNotReallyAPdf() {
        String reference = reference();
        MockMultipartFile fake = new MockMultipartFile("file", "van-ban.pdf", "application/pdf",
                "MZ this is a program".getBytes(StandardCharsets.US_ASCII));
        assertThat(mvc.post().uri("/directives").multipart().file(fake).with(as("vanphong")).with(csrf())
                .param("reference", reference).param("issuedOn", "2026-01-05")
                .param("issuerId", String.valueOf(issuerId())).param("kind", "CV").param("summary", "Thử tệp giả")
                .param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Tệp không đúng loại cho phép (docx, pdf).");
        assertThat(jdbc.sql("select count(*) from directive where reference = ?").param(reference)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesADirectiveFileOverTheSizeLimit() {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        String reference = reference();
        assertThat(mvc.post().uri("/directives").multipart()
                .file(new MockMultipartFile("file", "lon.pdf", "application/pdf", big)).with(as("vanphong")).with(csrf())
                .param("reference", reference).param("issuedOn", "2026-01-05")
                .param("issuerId", String.valueOf(issuerId())).param("kind", "CV").param("summary", "Thử tệp lớn")
                .param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Tệp vượt quá dung lượng cho phép (20 MB).");
        assertThat(jdbc.sql("select count(*) from directive where reference = ?").param(reference)
                .query(Long.class).single()).isZero();
    }

    @Test
    void keepsAPdfDirectiveFileForDownload() {
        String reference = reference();
        byte[] pdf = "%PDF-1.7 văn bản".getBytes(StandardCharsets.UTF_8);
        mvc.post().uri("/directives").multipart()
                .file(new MockMultipartFile("file", "công văn.pdf", "application/pdf", pdf)).with(as("vanphong"))
                .with(csrf()).param("reference", reference).param("issuedOn", "2026-01-05")
                .param("issuerId", String.valueOf(issuerId())).param("kind", "CV").param("summary", "Có tệp")
                .param("version", "0").exchange();
        long id = jdbc.sql("select id from directive where reference = ?").param(reference).query(Long.class).single();
        var download = mvc.get().uri("/directives/" + id + "/file").with(as("giamdoc")).exchange();
        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getMvcResult().getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void refusesAStaleTaskEditOnTheSameForm() {
        long taskId = newTask();
        assertThat(mvc.post().uri("/tasks/" + taskId + "/edit").with(as("vanphong")).with(csrf())
                .param("content", "Sửa lần một").param("issuerId", String.valueOf(issuerId()))
                .param("leadUnitId", String.valueOf(unitId("QLKH"))).param("deadlineKind", "NONE")
                .param("version", "0"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/tasks/" + taskId + "/edit").with(as("vanphong")).with(csrf())
                .param("content", "Sửa lần hai từ bản cũ").param("issuerId", String.valueOf(issuerId()))
                .param("leadUnitId", String.valueOf(unitId("QLKH"))).param("deadlineKind", "NONE")
                .param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Dữ liệu đã được người khác thay đổi");
        assertThat(jdbc.sql("select content from task where id = ?").param(taskId).query(String.class).single())
                .isEqualTo("Sửa lần một");
    }

    @Test
    void showsAWrongMonthValueOnTheTaskForm() {
        assertThat(mvc.post().uri("/tasks").with(as("vanphong")).with(csrf())
                .param("content", "Nhiệm vụ có tháng sai").param("issuerId", String.valueOf(issuerId()))
                .param("leadUnitId", String.valueOf(unitId("QLKH"))).param("deadlineKind", "MONTH")
                .param("deadlineValue", "2026-13").param("version", "0"))
                .hasStatusOk()
                .bodyText().contains("Thời hạn theo tháng phải có dạng YYYY-MM");
    }

    @Test
    void answersAnHtmxFilterWithTheResultsFragmentOnly() {
        var result = mvc.get().uri("/tasks?status=HT_DUNG_HAN&asOf=2023-03-15").header("HX-Request", "true")
                .with(as("giamdoc")).exchange();
        assertThat(result).hasStatusOk().hasHeader("Vary", "HX-Request");
        assertThat(result).bodyText().startsWith("<div id=\"task-results\"").doesNotContain("<html");
    }

    @Test
    void showsTheStaffOfTheLeadUnitTheProgressForm() {
        long taskId = newTask();
        assertThat(mvc.get().uri("/tasks/" + taskId).with(as("chuyenvien")))
                .hasStatusOk().bodyText().contains("Báo cáo tiến độ", "Ghi nhận hoàn thành");
    }

    @Test
    void refusesProgressFromAUnitThatDoesNotLeadTheTask() {
        long taskId = newTask();
        assertThat(mvc.post().uri("/tasks/" + taskId + "/progress").with(as("chuyenvien")).with(csrf())
                .param("note", "Không phải việc của tôi").param("version", "0"))
                .hasStatus3xxRedirection();
        long otherUnitTask = newTaskFor("TĐC");
        assertThat(mvc.post().uri("/tasks/" + otherUnitTask + "/progress").with(as("chuyenvien")).with(csrf())
                .param("note", "Không phải việc của tôi").param("version", "0"))
                .hasStatus(404);
        assertThat(jdbc.sql("select count(*) from task_progress where task_id = ?").param(otherUnitTask)
                .query(Long.class).single()).isZero();
    }

    private long newTask() {
        return newTaskFor("QLKH");
    }

    private long newTaskFor(String unit) {
        String content = "Nhiệm vụ kiểm thử trang " + SEQUENCE.incrementAndGet();
        mvc.post().uri("/tasks").with(as("vanphong")).with(csrf())
                .param("content", content).param("issuerId", String.valueOf(issuerId()))
                .param("leadUnitId", String.valueOf(unitId(unit))).param("deadlineKind", "NONE").param("version", "0")
                .exchange();
        return jdbc.sql("select id from task where content = ?").param(content).query(Long.class).single();
    }
}
