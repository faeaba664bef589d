package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.OrgFixtures;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchService;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.DirectiveService;

/**
 * Periodic reports end to end, in a Department of their own with sample 000's nine tasks: the quarterly template
 * seeded on first use, a report of Q1/2023 made from it, units writing, submitting, a stale edit refused, a leader
 * editing, a reminder reaching the unit head's bell, finalising (numbered, kept byte for byte, locked), and the DOCX
 * read back against sample 000.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeriodicReportTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCIENCE_TEXT = """
            - Tổ chức nghiệm thu 04 nhiệm vụ KH&CN cấp tỉnh; kiểm tra tiến độ 01 nhiệm vụ.
            - Trình UBND tỉnh bổ sung nhiệm vụ đợt 2/2023 về \u0001“Hỗ trợ phát triển chỉ dẫn địa lý Na dai Lục Nam”.
            + Làm việc với Sở Văn hoá Thể thao và Du lịch về đề xuất nhiệm vụ năm 2023.""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DirectiveService directives;

    @Autowired
    AccountService accounts;

    @Autowired
    PeriodicReportService reports;

    @Autowired
    SearchService search;

    ReportFixtures department;
    long agencyId;
    String scienceHead;
    String standardsHead;
    String leader;
    long reportId;
    long templateId;

    @BeforeAll
    void recordSample000() {
        department = ReportFixtures.newDepartment(mvc, jdbc, passwordEncoder, directives);
        department.sample000();
        department.directive("04/KH-KHCN", "2023-01-11", "Giám đốc Sở", "KH", true,
                "Kế hoạch thực hiện kiểm soát thủ tục hành chính và cơ chế một cửa, một cửa liên thông năm 2023");
        department.directive("46/KH-KHCN", "2023-03-06", "Giám đốc Sở", "KH", true,
                "Triển khai các hoạt động của Chương trình hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa năm 2023");
        department.directive("12/KH-KHCN", "2022-12-01", "Giám đốc Sở", "KH", true, "Kế hoạch của kỳ trước");
        agencyId = jdbc.sql("select agency_id from account where username = ?").param(department.username)
                .query(Long.class).single();
        scienceHead = account("UNIT_HEAD", "QLKH", "Phạm Đức Thắng");
        standardsHead = account("UNIT_HEAD", "TĐC", "Ngô Thị Hằng");
        leader = account("LEADER", null, "Nguyễn Thanh Bình");
    }

    private String account(String role, String unitCode, String name) {
        String username = role.toLowerCase() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Long unitId = unitCode == null ? null : jdbc.sql("select id from unit where agency_id = ? and code = ?")
                .params(agencyId, unitCode).query(Long.class).single();
        long personId = jdbc.sql("insert into person (agency_id, unit_id, full_name) values (?, ?, ?) returning id")
                .params(agencyId, unitId, name).query(Long.class).single();
        jdbc.sql("insert into account (agency_id, username, password_hash, role, person_id) values (?, ?, ?, ?, ?)")
                .params(agencyId, username, passwordEncoder.encode(ReportFixtures.PASSWORD), role, personId).update();
        return username;
    }

    private SignedInUser signedIn(String username) {
        return accounts.loadUserByUsername(username);
    }

    private RequestPostProcessor basic(String username) {
        return request -> {
            request.addHeader("Authorization", OrgFixtures.basicHeader(username, ReportFixtures.PASSWORD));
            return request;
        };
    }

    private MvcTestResult put(String username, String uri, String ifMatch, String json) {
        var request = mvc.put().uri(uri).with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.exchange();
    }

    private MvcTestResult post(String username, String uri, String json) {
        return mvc.post().uri(uri).with(basic(username)).contentType(MediaType.APPLICATION_JSON).content(json)
                .exchange();
    }

    private static Map<?, ?> body(MvcTestResult result) {
        try {
            return JSON.readValue(result.getMvcResult().getResponse().getContentAsString(), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PeriodicReport.Section section(String heading) {
        return reports.report(signedIn(department.username), reportId).sections().stream()
                .filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private byte[] download(String username, String format) {
        MvcTestResult result = mvc.get().uri("/api/v1/reports/" + reportId + "/document?format=" + format)
                .with(basic(username)).exchange();
        assertThat(result).hasStatusOk();
        return result.getMvcResult().getResponse().getContentAsByteArray();
    }

    @Test
    @Order(1)
    void seedsTheThreeTemplatesOfTheSamplesNumberedAsTheyPrint() {
        List<ReportTemplate> templates = reports.templates(signedIn(department.username));
        assertThat(templates).extracting(ReportTemplate::code).containsExactly("QUARTERLY", "HALF_YEAR", "ANNUAL");
        ReportTemplate quarterly = templates.get(0);
        templateId = quarterly.id();
        assertThat(quarterly.sections()).extracting(s -> s.number() + "|" + s.heading()).startsWith(
                "Phần I|Tình hình, kết quả hoạt động quản lý nhà nước về khoa học và công nghệ",
                "I.|Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao", "|",
                "II.|Xây dựng cơ chế, chính sách, pháp luật về KH&CN", "|", "III.|Hoạt động KH&CN",
                "1.|Hoạt động nghiên cứu khoa học và phát triển công nghệ");
        ReportTemplate.Section science = quarterly.sections().get(6);
        assertThat(science.unitName()).isEqualTo("Phòng Quản lý khoa học");
        assertThat(quarterly.sections().get(2).kind()).isEqualTo(SectionKind.TASK_FIGURES);
        assertThat(quarterly.sections().get(2).issuers()).containsExactly("UBND tỉnh", "Chủ tịch UBND tỉnh");
        assertThat(mvc.get().uri("/reports/templates/" + templateId).with(user(signedIn(department.username))))
                .hasStatusOk().bodyText().contains("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Đặt sau mục",
                        "Phụ lục nhiệm vụ được giao");
        // A second first use makes nothing twice.
        assertThat(reports.templates(signedIn(leader))).hasSize(3);
    }

    @Test
    @Order(2)
    void refusesAPeriodThatEndsBeforeItStarts() {
        MvcTestResult result = post(department.username, "/api/v1/reports", """
                {"templateId":%d,"periodKind":"CUSTOM","from":"2023-03-14","to":"2022-12-15"}""".formatted(templateId));
        assertThat(result).hasStatus(400);
        assertThat(result.getMvcResult().getResponse().getContentType()).startsWith("application/problem+json");
        assertThat((String) body(result).get("detail"))
                .isEqualTo("Ngày kết thúc kỳ báo cáo (15/12/2022) trước ngày bắt đầu (14/03/2023).");
        assertThat(post(scienceHead, "/api/v1/reports", """
                {"templateId":%d,"periodKind":"QUARTER","year":2023,"number":1}""".formatted(templateId)))
                .hasStatus(403);
    }

    @Test
    @Order(3)
    void makesTheQuarterlyReportWithTheCutOffAsAsOfDate() {
        MvcTestResult result = post(department.username, "/api/v1/reports", """
                {"templateId":%d,"periodKind":"QUARTER","year":2023,"number":1}""".formatted(templateId));
        assertThat(result).hasStatus(201);
        reportId = ((Number) body(result).get("id")).longValue();
        PeriodicReport report = reports.report(signedIn(department.username), reportId);
        assertThat(report.subject()).isEqualTo("Kết quả công tác quý I năm 2023, nhiệm vụ công tác quý II năm 2023");
        assertThat(report.asOf()).hasToString("2023-03-14");
        assertThat(report.sections()).filteredOn(s -> s.depth() == 1).extracting(PeriodicReport.Section::heading)
                .contains("Nhiệm vụ công tác quý II năm 2023");
        assertThat(report.unitsDue()).extracting(PeriodicReport.UnitDue::unitName)
                .contains("Văn phòng Sở", "Phòng Quản lý khoa học", "Chi cục Tiêu chuẩn Đo lường Chất lượng");
        assertThat(mvc.get().uri("/api/v1/reports").with(basic(department.username))).hasStatusOk()
                .bodyText().contains("Kết quả công tác quý I năm 2023");
    }

    @Test
    @Order(4)
    void aUnitSeesItsPartsToWriteSavesADraftAndAStaleEditIsRefused() {
        assertThat(mvc.get().uri("/reports").with(user(signedIn(scienceHead)))).hasStatusOk().bodyText()
                .contains("Báo cáo cần viết", "Hoạt động nghiên cứu khoa học và phát triển công nghệ", "Chưa viết");
        PeriodicReport.Section science = section("Hoạt động nghiên cứu khoa học và phát triển công nghệ");
        String uri = "/api/v1/reports/" + reportId + "/sections/" + science.id();
        MvcTestResult saved = put(scienceHead, uri, "\"" + science.version() + "\"",
                "{\"text\":" + ReportFixtures.json(SCIENCE_TEXT) + "}");
        assertThat(saved).hasStatus(204);
        assertThat(saved.getMvcResult().getResponse().getHeader("ETag")).isEqualTo("\"" + (science.version() + 1) + "\"");
        PeriodicReport.Section draft = section(science.heading());
        assertThat(draft.state()).isEqualTo(ContributionState.DRAFT);
        assertThat(draft.body()).doesNotContain("\u0001").contains("“Hỗ trợ phát triển chỉ dẫn địa lý Na dai Lục Nam”");

        MvcTestResult stale = put(scienceHead, uri, "\"" + science.version() + "\"", "{\"text\":\"Bản cũ\"}");
        assertThat(stale).hasStatus(412);
        assertThat((String) body(stale).get("detail")).startsWith("Dữ liệu đã được người khác thay đổi");
        assertThat(put(scienceHead, uri, null, "{\"text\":\"Không có If-Match\"}")).hasStatus(428);
        assertThat(mvc.post().uri("/reports/" + reportId + "/sections/" + science.id()).with(user(signedIn(scienceHead)))
                .with(csrf()).param("version", String.valueOf(science.version())).param("text", "Bản cũ")
                .param("action", "save")).hasStatusOk().bodyText()
                .contains("Dữ liệu đã được người khác thay đổi", "Bản cũ");
        assertThat(mvc.get().uri("/reports/" + reportId).with(user(signedIn(scienceHead)))).hasStatusOk().bodyText()
                .contains("Hoạt động nghiên cứu khoa học và phát triển công nghệ", "Nháp")
                .doesNotContain("Hoàn thành báo cáo", "Xây dựng cơ chế, chính sách");

        PeriodicReport.Section office = section("Xây dựng cơ chế, chính sách, pháp luật về KH&CN");
        assertThat(put(scienceHead, "/api/v1/reports/" + reportId + "/sections/" + office.id(), "\"0\"",
                "{\"text\":\"Không phải phần của phòng\"}")).hasStatus(403);
        PeriodicReport.Section figures = reports.report(signedIn(department.username), reportId).sections().get(2);
        assertThat(put(department.username, "/api/v1/reports/" + reportId + "/sections/" + figures.id(), "\"0\"",
                "{\"text\":\"Số liệu tay\"}")).hasStatus(400);
    }

    @Test
    @Order(5)
    void aUnitSubmitsAndALeaderEditsTheSubmittedPartWithEveryEditAudited() {
        PeriodicReport.Section science = section("Hoạt động nghiên cứu khoa học và phát triển công nghệ");
        String uri = "/api/v1/reports/" + reportId + "/sections/" + science.id();
        assertThat(mvc.post().uri(uri + "/submit").with(basic(scienceHead)).header("If-Match", "\"" + science.version() + "\"")
                .exchange()).hasStatus(204);
        assertThat(section(science.heading()).state()).isEqualTo(ContributionState.SUBMITTED);

        PeriodicReport.Section submitted = section(science.heading());
        String edited = SCIENCE_TEXT + "\n- Tổ chức 01 hội nghị tập huấn về công nghệ sinh học tại huyện Sơn Động.";
        assertThat(put(leader, uri, "\"" + submitted.version() + "\"", "{\"text\":" + ReportFixtures.json(edited) + "}"))
                .hasStatus(204);
        PeriodicReport.Section after = section(science.heading());
        assertThat(after.state()).isEqualTo(ContributionState.SUBMITTED);
        assertThat(after.updatedBy()).isEqualTo(leader);
        List<String> trail = jdbc.sql("""
                select actor || ' ' || action from audit_entry where entity_type = 'report_section' and entity_id = ?
                order by id""").param(science.id()).query(String.class).list();
        assertThat(trail).contains(scienceHead + " WRITE", scienceHead + " SUBMIT", leader + " WRITE");

        // The office writes the parts the units of this Department do not have, and submits them.
        for (PeriodicReport.Section s : reports.report(signedIn(department.username), reportId).sections()) {
            if (s.written() && "Văn phòng Sở".equals(s.unitName()) && s.depth() == 2) {
                int version = reports.saveContribution(signedIn(department.username), reportId, s.id(), s.version(),
                        "Sở KH&CN đã thực hiện đầy đủ, đúng thời gian các nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.");
                reports.submitContribution(signedIn(department.username), reportId, s.id(), version);
            }
        }
    }

    @Test
    @Order(6)
    void remindsAUnitThatHasNotSubmittedInItsHeadsBell() {
        long standards = jdbc.sql("select id from unit where agency_id = ? and code = 'TĐC'").param(agencyId)
                .query(Long.class).single();
        assertThat(post(department.username, "/api/v1/reports/" + reportId + "/remind", "{\"unitId\":" + standards + "}"))
                .hasStatus(204);
        long account = jdbc.sql("select id from account where username = ?").param(standardsHead).query(Long.class)
                .single();
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "select count(*) from notification where account_id = ? and kind = 'REPORT'").param(account)
                .query(Integer.class).single() == 1);
        String body = jdbc.sql("select title || ' / ' || body from notification where account_id = ? and kind = 'REPORT'")
                .param(account).query(String.class).single();
        assertThat(body).contains("nhắc viết báo cáo: Kết quả công tác quý I năm 2023",
                "Chi cục Tiêu chuẩn Đo lường Chất lượng chưa nộp các phần: 4. Hoạt động tiêu chuẩn đo lường chất lượng");
        long science = jdbc.sql("select id from unit where agency_id = ? and code = 'QLKH'").param(agencyId)
                .query(Long.class).single();
        // The science unit still owes its part of Phần II; a unit with nothing due is refused.
        assertThat(post(department.username, "/api/v1/reports/" + reportId + "/remind", "{\"unitId\":" + science + "}"))
                .hasStatus(204);
        assertThat(post(scienceHead, "/api/v1/reports/" + reportId + "/remind", "{\"unitId\":" + standards + "}"))
                .hasStatus(403);
    }

    @Test
    @Order(7)
    void findsTheReportByAUnitsWordsWithoutDiacritics() {
        assertThat(search.search(signedIn(department.username), "na dai luc nam").byKind().get("report"))
                .extracting(h -> h.url()).containsExactly("/reports/" + reportId);
        assertThat(search.search(accounts.loadUserByUsername("vanphong"), "na dai luc nam").byKind().get("report"))
                .isNull();
    }

    @Test
    @Order(8)
    void rendersLiveBeforeFinalisingWithAMissingUnitMarked() {
        XWPFDocument draft = ReadBack.docx(download(department.username, "docx"));
        assertThat(ReadBack.rows(draft.getTables().get(0)).get(1).get(0)).isEqualTo("Số:        /BC-KHCN");
        assertThat(ReadBack.paragraphs(draft)).contains("BÁO CÁO",
                "(Chưa có nội dung của Chi cục Tiêu chuẩn Đo lường Chất lượng)");
        assertThat(mvc.get().uri("/reports/" + reportId).with(user(signedIn(department.username)))).hasStatusOk()
                .bodyText().contains("Tổng số: 09 nhiệm vụ", "(Chưa có nội dung của Chi cục Tiêu chuẩn Đo lường Chất lượng)",
                        "Nhắc", "Hoàn thành báo cáo");
    }

    @Test
    @Order(9)
    void finalisingNumbersLocksAndKeepsTheDocxByteForByte() throws IOException {
        MvcTestResult result = mvc.post().uri("/api/v1/reports/" + reportId + "/finalise").with(basic(department.username))
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(body(result).get("state")).isEqualTo("FINAL");
        assertThat(body(result).get("number")).isEqualTo(1);
        byte[] first = download(department.username, "docx");
        byte[] second = download(leader, "docx");
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select final_docx from periodic_report where id = ?").param(reportId)
                .query((rs, row) -> rs.getBytes(1)).single()).isEqualTo(first);
        Path out = Path.of("target", "report-pages");
        Files.createDirectories(out);
        Files.write(out.resolve("periodic-report-q1-2023.docx"), first);

        PeriodicReport.Section standards = section("Hoạt động tiêu chuẩn đo lường chất lượng");
        MvcTestResult locked = put(standardsHead, "/api/v1/reports/" + reportId + "/sections/" + standards.id(),
                "\"" + standards.version() + "\"", "{\"text\":\"Muộn\"}");
        assertThat(locked).hasStatus(409);
        assertThat((String) body(locked).get("detail"))
                .isEqualTo("Báo cáo đã hoàn thành (Số: 01/BC-KHCN) và đã khóa: không sửa, nộp hay nhắc được nữa.");
        MvcTestResult twice = mvc.post().uri("/api/v1/reports/" + reportId + "/finalise").with(basic(leader)).exchange();
        assertThat(twice).hasStatus(409);
        assertThat((String) body(twice).get("detail")).contains("đã được hoàn thành trước đó (Số: 01/BC-KHCN)");
        assertThat(download(department.username, "docx")).isEqualTo(first);
    }

    @Test
    @Order(10)
    void theFinalDocxHasSample000sFiguresAndAppendixTheUnitsTextsAndTheLayout() {
        XWPFDocument document = ReadBack.docx(download(department.username, "docx"));
        List<String> paragraphs = ReadBack.paragraphs(document);
        int total = paragraphs.indexOf("Tổng số: 09 nhiệm vụ");
        assertThat(total).isPositive();
        assertThat(paragraphs.subList(total, total + 5)).containsExactly(
                "Tổng số: 09 nhiệm vụ",
                "- Đã thực hiện (hoàn thành): 06 nhiệm vụ, thực hiện chậm: 0.",
                "- Đang thực hiện (trong hạn): 03 nhiệm vụ; quá hạn: 0 nhiệm vụ.",
                "- Chưa thực hiện: 0 nhiệm vụ.",
                "(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo).");
        assertThat(paragraphs).containsSubsequence("BÁO CÁO",
                "Kết quả công tác quý I năm 2023, nhiệm vụ công tác quý II năm 2023",
                "Phần I", "TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG QUẢN LÝ NHÀ NƯỚC VỀ KHOA HỌC VÀ CÔNG NGHỆ",
                "I. Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao",
                "Sở KH&CN đã thực hiện đầy đủ, đúng thời gian các nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.",
                "Tổng số: 09 nhiệm vụ",
                "II. Xây dựng cơ chế, chính sách, pháp luật về KH&CN",
                "- Kế hoạch thực hiện kiểm soát thủ tục hành chính và cơ chế một cửa, một cửa liên thông năm 2023"
                        + " (Kế hoạch số 04/KH-KHCN ngày 11/01/2023).",
                "- Triển khai các hoạt động của Chương trình hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa năm 2023"
                        + " (Kế hoạch số 46/KH-KHCN ngày 06/03/2023).",
                "III. Hoạt động KH&CN",
                "1. Hoạt động nghiên cứu khoa học và phát triển công nghệ",
                "- Tổ chức nghiệm thu 04 nhiệm vụ KH&CN cấp tỉnh; kiểm tra tiến độ 01 nhiệm vụ.",
                "+ Làm việc với Sở Văn hoá Thể thao và Du lịch về đề xuất nhiệm vụ năm 2023.",
                "4. Hoạt động tiêu chuẩn đo lường chất lượng",
                "(Chưa có nội dung của Chi cục Tiêu chuẩn Đo lường Chất lượng)",
                "Phần II", "NHIỆM VỤ CÔNG TÁC QUÝ II NĂM 2023",
                "Trên đây là báo cáo kết quả công tác quý I năm 2023, nhiệm vụ công tác quý II năm 2023 của Sở Khoa học"
                        + " và Công nghệ./.",
                "Phụ lục",
                "KẾT QUẢ THỰC HIỆN NHIỆM VỤ, KẾT LUẬN, CHỈ ĐẠO UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO QUÝ I NĂM 2023");
        assertThat(paragraphs).anyMatch(p -> p.startsWith("(Kèm theo Báo cáo số 01/BC-KHCN ngày "));
        assertThat(paragraphs).noneMatch(p -> p.contains("12/KH-KHCN"));

        List<List<String>> header = ReadBack.rows(document.getTables().get(0));
        assertThat(header.get(1).get(0)).isEqualTo("Số: 01/BC-KHCN");
        assertThat(header.get(0).get(1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
        List<List<String>> signature = ReadBack.rows(document.getTables().get(1));
        assertThat(signature.get(0).get(0)).contains("Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, VP.");
        assertThat(signature.get(0).get(1)).contains("GIÁM ĐỐC");

        XWPFTable appendix = document.getTables().get(document.getTables().size() - 1);
        List<List<String>> rows = ReadBack.rows(appendix);
        assertThat(rows).hasSize(1 + 3 + 9);
        assertThat(rows.get(1)).containsExactly("I", "ĐÃ THỰC HIỆN: 06 nhiệm vụ");
        assertThat(rows.get(2)).containsExactly("1", "6447/UBND-NC ngày 24/12/2022",
                "Rà soát, thống kê thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước", "15/01/2023",
                "14/01/2023", "Đúng hạn", "Báo cáo số 06/BC-KHCN ngày 14/01/2023");
        assertThat(rows.get(8)).containsExactly("II", "ĐANG THỰC HIỆN: 03 nhiệm vụ (trong hạn)");
        assertThat(rows.get(9)).containsExactly("1", "241/VP-HCTC ngày 07/03/2023",
                "Báo cáo kết quả thực hiện Kết luận số 01-KL/TW", "16/03/2023", "", "Chưa đến hạn", "");
        assertThat(rows.get(12)).containsExactly("III", "Chưa thực hiện: 0");
        assertThat(ReadBack.repeatedProperties(part(download(department.username, "docx"), "word/document.xml")))
                .isEmpty();
    }

    @Test
    @Order(11)
    void theAppendixComesAsASpreadsheetToo() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(leader, "xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("ĐÃ THỰC HIỆN: 06 nhiệm vụ");
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + 3 + 9);
        }
        assertThat(mvc.get().uri("/api/v1/reports/" + reportId + "/document?format=odt").with(basic(leader))
                .exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/reports/" + reportId + "/document").with(basic(scienceHead)).exchange())
                .hasStatus(403);
    }

    @Test
    void editsATemplateRenamesReordersAddsAndRemovesSectionsAndAnEmptyOneMakesNoReport() {
        ReportFixtures other = ReportFixtures.newDepartment(mvc, jdbc, passwordEncoder, directives);
        SignedInUser office = signedIn(other.username);
        ReportTemplate annual = reports.templates(office).get(2);
        reports.renameTemplate(office, annual.id(), annual.version(), "Báo cáo năm của Sở", annual.subject(), null);
        ReportTemplate renamed = reports.template(office, annual.id());
        assertThat(renamed.name()).isEqualTo("Báo cáo năm của Sở");
        assertThat(renamed.numbering()).as("sample 002 numbers its sections 1., 1.1.").isEqualTo(Numbering.PARTS_DECIMAL);
        assertThatThrownBy(() -> reports.renameTemplate(office, annual.id(), annual.version(), "Cũ", "Cũ", null))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).kind()).isEqualTo(Refused.Kind.STALE);

        // Phần 2 (with its two sections) moves above Phần 1.
        int partTwo = indexOf(renamed, "Một số chỉ tiêu và giải pháp thực hiện {kỳ sau}");
        reports.moveSection(office, annual.id(), renamed.version(), renamed.sections().get(partTwo).id(), true);
        ReportTemplate moved = reports.template(office, annual.id());
        assertThat(moved.sections()).extracting(s -> s.number() + "|" + s.heading()).startsWith(
                "Phần 1|Một số chỉ tiêu và giải pháp thực hiện {kỳ sau}", "1.|Một số chỉ tiêu thực hiện",
                "2.|Giải pháp thực hiện", "Phần 2|Kết quả hoạt động KH&CN {kỳ}");
        assertThatThrownBy(() -> reports.moveSection(office, annual.id(), moved.version(),
                moved.sections().get(0).id(), true)).isInstanceOf(Refused.class)
                .hasMessageContaining("report.template.section.first");

        long added = reports.addSection(office, annual.id(), moved.version(), moved.sections().get(2).id(),
                new TemplateSectionDraft(2, "Kiến nghị, đề xuất", SectionKind.WRITTEN, null, "Kiến nghị với UBND tỉnh.",
                        List.of()));
        ReportTemplate withAdded = reports.template(office, annual.id());
        assertThat(withAdded.sections().get(3)).extracting(ReportTemplate.Section::id, ReportTemplate.Section::number)
                .containsExactly(added, "3.");
        reports.updateSection(office, annual.id(), withAdded.version(), added,
                new TemplateSectionDraft(2, "Kiến nghị", SectionKind.WRITTEN, null, null, List.of()));
        assertThat(reports.template(office, annual.id()).sections().get(3).heading()).isEqualTo("Kiến nghị");

        assertThatThrownBy(() -> reports.renameTemplate(signedIn(scienceHead), annual.id(), 0, "x", "y", null))
                .isInstanceOf(Refused.class);

        ReportTemplate before = reports.template(office, annual.id());
        while (!before.sections().isEmpty()) {
            reports.removeSection(office, annual.id(), before.version(), before.sections().get(0).id());
            before = reports.template(office, annual.id());
        }
        MvcTestResult empty = mvc.post().uri("/api/v1/reports").with(request -> {
            request.addHeader("Authorization", OrgFixtures.basicHeader(other.username, ReportFixtures.PASSWORD));
            return request;
        }).contentType(MediaType.APPLICATION_JSON).content("""
                {"templateId":%d,"periodKind":"YEAR","year":2023}""".formatted(annual.id())).exchange();
        assertThat(empty).hasStatus(400);
        assertThat((String) body(empty).get("detail")).isEqualTo(
                "Mẫu \"Báo cáo năm của Sở\" chưa có mục nào nên chưa lập được báo cáo; hãy thêm mục cho mẫu trước.");
        assertThat(mvc.get().uri("/reports/templates/" + annual.id()).with(user(office))).hasStatusOk().bodyText()
                .contains("Mẫu chưa có mục nào");
        assertThat(mvc.post().uri("/reports/templates/" + annual.id() + "/sections").with(user(office)).with(csrf())
                .param("version", String.valueOf(before.version())).param("depth", "1").param("heading", "Tình hình chung")
                .param("kind", "HEADING").param("after", "").exchange()).hasStatus(302);
        assertThat(reports.template(office, annual.id()).sections()).extracting(ReportTemplate.Section::number)
                .containsExactly("Phần 1");
        ReportTemplate decimal = reports.template(office, annual.id());
        reports.renameTemplate(office, annual.id(), decimal.version(), decimal.name(), decimal.subject(),
                Numbering.PARTS_ROMAN);
        assertThat(reports.template(office, annual.id()).sections()).extracting(ReportTemplate.Section::number)
                .containsExactly("Phần I");
    }

    private static String part(byte[] docx, String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException(name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(ReportTemplate template, String heading) {
        for (int i = 0; i < template.sections().size(); i++) {
            if (template.sections().get(i).heading().equals(heading)) {
                return i;
            }
        }
        throw new IllegalArgumentException(heading);
    }

    @Test
    void theSettingsFormChangesTheSignerAndRefusesAStaleSave() {
        ReportFixtures other = ReportFixtures.newDepartment(mvc, jdbc, passwordEncoder, directives);
        SignedInUser office = signedIn(other.username);
        reports.updateSettings(office, 0, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Thanh Bình",
                "- Văn phòng UBND tỉnh;\n- Lưu: VT, VP.");
        ReportSettings settings = reports.settings(office);
        assertThat(settings.signerTitle()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(settings.version()).isEqualTo(1);
        assertThatThrownBy(() -> reports.updateSettings(office, 0, "GIÁM ĐỐC", null, "- Lưu: VT, VP."))
                .isInstanceOf(Refused.class);
        assertThat(mvc.get().uri("/reports/settings").with(user(office))).hasStatusOk().bodyText()
                .contains("PHÓ GIÁM ĐỐC");
    }
}
