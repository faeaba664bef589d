package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.task.DirectiveService;

/**
 * The Department's own meeting-conclusion notice (TB, as sample 001) and plan (KH, as sample 004), made from a
 * directive recorded in the system and its tasks in several units.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectiveDocumentTests {

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

    ReportFixtures department;
    long notice;
    long plan;
    long incoming;

    @BeforeAll
    void recordANoticeAndAPlan() {
        department = ReportFixtures.newDepartment(mvc, jdbc, passwordEncoder, directives);
        notice = department.directive("85/TB-KHCN", "2024-05-06", "Giám đốc Sở", "TB", true,
                "Kết luận của Giám đốc Sở tại buổi giao ban Sở tháng 5 năm 2024");
        department.task(notice, "Tuyên truyền về Ngày KH&CN Việt Nam trên Bảng điện tử của Sở", "VP", "[]",
                "{\"kind\":\"NONE\"}");
        department.task(notice, "Đẩy nhanh tiến độ tham mưu thủ tục dừng thực hiện nhiệm vụ về hệ thống thông gió "
                + "thông minh Smart - Air", "QLKH", "[\"VP\"]",
                "{\"kind\":\"DATE\",\"value\":\"2024-05-18\",\"text\":\"Phấn đấu hoàn thành trước ngày 18/5/2024\"}");
        department.task(notice, "Tham mưu kiện toàn chức danh Chánh Văn phòng Sở", "VP", "[]",
                "{\"kind\":\"MONTH\",\"value\":\"2024-06\"}");
        department.task(notice, "Rà soát xây dựng kế hoạch thu ngân sách nhà nước theo từng tháng", "TTUD", "[]",
                "{\"kind\":\"RECURRING\",\"value\":\"ongoing\"}");

        plan = department.directive("46/KH-KHCN", "2020-05-20", "Giám đốc Sở", "KH", true,
                "Triển khai thực hiện Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Khoa học và Công nghệ ngày 15/5/2020");
        department.task(plan, "Rà soát các văn bản về cơ chế, chính sách thuộc lĩnh vực khoa học và công nghệ", "CSSHTT",
                "[\"QLKH\", \"TĐC\"]",
                "{\"kind\":\"DATE\",\"value\":\"2020-06-15\",\"text\":\"Thời gian hoàn thành trước ngày 15/6/2020\"}");
        department.task(plan, "Thực hiện tốt công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng", "TĐC", "[]",
                "{\"kind\":\"YEAR\",\"value\":\"2020\"}");
        department.task(plan, "Chuẩn bị các tài liệu phục vụ buổi làm việc", "TTUD", "[]",
                "{\"kind\":\"DATE\",\"value\":\"2020-06-01\"}");

        incoming = department.directive("185/TB-UBND", "2020-05-18", "UBND tỉnh", "TB", false,
                "Kết luận của Phó Chủ tịch UBND tỉnh");
    }

    private byte[] download(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(department.auth()).exchange();
        assertThat(result).hasStatusOk();
        return result.getMvcResult().getResponse().getContentAsByteArray();
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }

    @Test
    void makesTheNoticeWithATitledPartPerLeadUnitAndTheDeadlinesInBoldItalics() {
        XWPFDocument document = ReadBack.docx(download("/api/v1/directives/" + notice + "/document?format=docx"));
        List<String> paragraphs = ReadBack.paragraphs(document);
        assertThat(paragraphs).containsSubsequence("THÔNG BÁO",
                "Kết luận của Giám đốc Sở tại buổi giao ban Sở tháng 5 năm 2024",
                "Sở Khoa học và Công nghệ thông báo kết luận của Giám đốc Sở tại buổi giao ban Sở tháng 5 năm 2024 như sau:",
                "1. Đối với Văn phòng Sở",
                "- Tuyên truyền về Ngày KH&CN Việt Nam trên Bảng điện tử của Sở.",
                "- Tham mưu kiện toàn chức danh Chánh Văn phòng Sở. Thời gian hoàn thành trong tháng 6/2024.",
                "2. Đối với Phòng Quản lý khoa học",
                "- Đẩy nhanh tiến độ tham mưu thủ tục dừng thực hiện nhiệm vụ về hệ thống thông gió thông minh Smart - Air "
                        + "(phối hợp: Văn phòng Sở). Phấn đấu hoàn thành trước ngày 18/5/2024.",
                "3. Đối với Trung tâm Ứng dụng KH&CN",
                "- Rà soát xây dựng kế hoạch thu ngân sách nhà nước theo từng tháng. Thực hiện thường xuyên.",
                "Sở Khoa học và Công nghệ thông báo để các phòng, đơn vị biết, tổ chức thực hiện./.");
        assertThat(paragraph(document, "1. Đối với").getRuns().get(0).isBold()).isTrue();
        XWPFRun deadline = last(paragraph(document, "- Đẩy nhanh"));
        assertThat(deadline.text()).isEqualTo("Phấn đấu hoàn thành trước ngày 18/5/2024.");
        assertThat(deadline.isBold()).isTrue();
        assertThat(deadline.isItalic()).isTrue();
        assertThat(paragraph(document, "- Đẩy nhanh").getRuns().get(0).isBold()).isFalse();
        assertThat(ReadBack.rows(document.getTables().get(0)).get(1))
                .containsExactly("Số: 85/TB-KHCN", "Bắc Giang, ngày 06 tháng 5 năm 2024");
        assertThat(ReadBack.rows(document.getTables().get(1)).get(0).get(1)).startsWith("GIÁM ĐỐC");
    }

    @Test
    void makesThePlanWithItsPartsAndTheTasksOfEachUnit() {
        XWPFDocument document = ReadBack.docx(download("/api/v1/directives/" + plan + "/document"));
        assertThat(ReadBack.paragraphs(document)).containsSubsequence("KẾ HOẠCH",
                "Triển khai thực hiện Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc với Sở Khoa học và Công nghệ ngày 15/5/2020",
                "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
                "1. Giao Phòng Quản lý KH&CN cơ sở và SHTT",
                "- Rà soát các văn bản về cơ chế, chính sách thuộc lĩnh vực khoa học và công nghệ (phối hợp: Phòng Quản lý "
                        + "khoa học, Chi cục Tiêu chuẩn Đo lường Chất lượng). Thời gian hoàn thành trước ngày 15/6/2020.",
                "2. Giao Chi cục Tiêu chuẩn Đo lường Chất lượng",
                "- Thực hiện tốt công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng. Thực hiện trong năm 2020.",
                "3. Giao Trung tâm Ứng dụng KH&CN",
                "- Chuẩn bị các tài liệu phục vụ buổi làm việc. Thời gian hoàn thành trước ngày 01/06/2020.",
                "III. TỔ CHỨC THỰC HIỆN");
        XWPFRun deadline = last(paragraph(document, "- Thực hiện tốt"));
        assertThat(deadline.isBold() && deadline.isItalic()).isTrue();
        assertThat(ReadBack.rows(document.getTables().get(0)).get(1))
                .containsExactly("Số: 46/KH-KHCN", "Bắc Giang, ngày 20 tháng 5 năm 2020");
    }

    @Test
    void convertsTheNoticeToPdf() {
        assumeTrue(ReadBack.onPath("soffice"), "LibreOffice (soffice) is not installed");
        byte[] pdf = download("/api/v1/directives/" + notice + "/document?format=pdf");
        ReadBack.pictures(pdf, "thong-bao-85-TB-KHCN");
        byte[] kh = download("/api/v1/directives/" + plan + "/document?format=pdf");
        ReadBack.pictures(kh, "ke-hoach-46-KH-KHCN");
        assertThat(ReadBack.pdfText(pdf)).contains("THÔNG BÁO", "1. Đối với Văn phòng Sở",
                "Phấn đấu hoàn thành trước ngày 18/5/2024.");
        assertThat(ReadBack.pdfText(kh)).contains("KẾ HOẠCH", "III. TỔ CHỨC THỰC HIỆN");
    }

    @Test
    void refusesToMakeTheDocumentOfAnotherIssuer() {
        assertThat(mvc.get().uri("/api/v1/directives/" + incoming + "/document").with(department.auth()))
                .hasStatus(400).bodyJson().extractingPath("$.detail")
                .isEqualTo("Văn bản 185/TB-UBND không do Sở ban hành: chỉ lập được thông báo, kế hoạch của chính Sở.");
    }

    @Test
    void makesAPlanOfADirectiveOfAnotherKindOnlyWhenAskedFor() {
        long other = department.directive("12/KHCN-VP", "2024-03-01", "Giám đốc Sở", "CV", true,
                "Phân công nhiệm vụ tháng 3");
        department.task(other, "Tổng hợp báo cáo tháng", "VP", "[]", "{\"kind\":\"NONE\"}");
        assertThat(mvc.get().uri("/api/v1/directives/" + other + "/document").with(department.auth()))
                .hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("\"CV\"");
        assertThat(ReadBack.paragraphs(ReadBack.docx(download("/api/v1/directives/" + other + "/document?type=KH"))))
                .contains("KẾ HOẠCH", "1. Giao Văn phòng Sở");
    }

    @Test
    void answersAnUnknownDirectiveWithNotFound() {
        assertThat(mvc.get().uri("/api/v1/directives/999999999/document").with(department.auth())).hasStatus(404);
    }

    @Test
    void showsTheDirectivePageWithTheTasksByUnitAndTheDownloads() {
        assertThat(mvc.get().uri("/reports/directives/" + notice)
                .with(user(accounts.loadUserByUsername(department.username))))
                .hasStatusOk().bodyText()
                .contains("Lập thông báo, kế hoạch của Sở", "85/TB-KHCN", "Phòng Quản lý khoa học",
                        "Phấn đấu hoàn thành trước ngày 18/5/2024.", "(phối hợp: Văn phòng Sở)",
                        "/reports/directives/" + notice + "/file?format=docx");
        MvcTestResult file = mvc.get().uri("/reports/directives/" + notice + "/file?format=docx")
                .with(user(accounts.loadUserByUsername(department.username))).exchange();
        assertThat(file).hasStatusOk();
        assertThat(file.getMvcResult().getResponse().getHeader("Content-Disposition"))
                .contains("thong-bao-85-tb-khcn.docx");
    }

    private static XWPFRun last(XWPFParagraph paragraph) {
        return paragraph.getRuns().get(paragraph.getRuns().size() - 1);
    }
}
