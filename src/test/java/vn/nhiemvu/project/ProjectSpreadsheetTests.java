package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/**
 * The register as XLSX both ways, and the public list: an export opens with Vietnamese headers and labels; an import
 * reads codes or labels, reports every row with a problem and then records nothing; the public list shows accepted
 * projects only.
 */
@IntegrationTest
class ProjectSpreadsheetTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void exportsTheFilteredRegisterWithVietnameseHeadersAndLabels() throws IOException {
        MvcTestResult result = mvc.get().uri("/projects/export.xlsx?level=QUOC_GIA").with(as("giamdoc")).exchange();
        assertThat(result).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                result.getMvcResult().getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).startsWith("Mã số", "Tên nhiệm vụ", "Tên ngắn", "Cấp");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(2) != null) {
                    names.add(sheet.getRow(r).getCell(2).getStringCellValue());
                }
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("Cấp quốc gia");
            }
            assertThat(names).contains("Baba gai", "Phân bón cho cây vải thiều").doesNotContain("Cam V2 và CS1 Lạng Giang");
        }
    }

    @Test
    void reportsEveryBadRowAndRecordsNothing() throws IOException {
        long before = jdbc.sql("select count(*) from project").query(Long.class).single();
        byte[] file = workbook(List.of(
                List.of("Tên nhiệm vụ", "Cấp", "Lĩnh vực", "Năm bắt đầu", "Đơn vị đề xuất", "Trạng thái", "Từ ngày"),
                List.of("Nghiên cứu giống bưởi Diễn tại Lục Ngạn (nhập thử)", "Cấp tỉnh", "4", "2027", "UBND huyện Lục Ngạn", "", ""),
                List.of("", "TINH", "4", "2027", "UBND huyện Lục Nam", "", ""),
                List.of("Mô hình nuôi ong (nhập thử)", "Cấp huyện", "Khoa học nông nghiệp", "2027", "Hội Nông dân", "", ""),
                List.of("Phần mềm quản lý đo lường (nhập thử)", "Cấp tỉnh", "2", "2025", "", "Đang thực hiện", "31/02/2025")));
        MvcTestResult result = upload(file);
        assertThat(result).hasStatusOk().bodyText().contains("Có 3 lỗi; chưa nhập dòng nào.",
                "Dòng 3: Cần nhập tên nhiệm vụ.", "Dòng 4: Giá trị &quot;Cấp huyện&quot; của cột &quot;Cấp&quot; không hợp lệ.",
                "Dòng 5: Ngày &quot;31/02/2025&quot; không hợp lệ (dd/MM/yyyy).");
        assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void importsProposalsAndProjectsUnderWay() throws IOException {
        LocalDate since = LocalDate.of(2025, 3, 1);
        byte[] file = workbook(List.of(
                List.of("Trạng thái", "Tên nhiệm vụ", "Cấp", "Lĩnh vực", "Năm bắt đầu", "Đơn vị đề xuất", "Từ ngày",
                        "Tổ chức chủ trì", "Kinh phí NSNN", "Phòng phụ trách"),
                List.of("", "Nghiên cứu giống na dai Lục Ngạn (nhập thật)", "TINH", "Khoa học nông nghiệp", "2027",
                        "UBND huyện Lục Ngạn", "", "", "", "QLKH"),
                List.of("Đang thực hiện", "Ứng dụng IoT giám sát ao nuôi cá (nhập thật)", "Cấp tỉnh", "2", "2025", "",
                        "01/03/2025", "Công ty TNHH Thủy sản Bắc Giang", "750.000.000", "Phòng Quản lý khoa học")));
        assertThat(upload(file)).hasStatusOk().bodyText().contains("Đã nhập 2 nhiệm vụ.");
        assertThat(jdbc.sql("""
                select state || ' ' || state_since || ' ' || coalesce(state_budget, 0) from project
                where title = 'Ứng dụng IoT giám sát ao nuôi cá (nhập thật)'""").query(String.class).single())
                .isEqualTo("DANG_THUC_HIEN " + since + " 750000000");
    }

    @Test
    void publishesAcceptedProjectsOnly() {
        long agency = jdbc.sql("select agency_id from account where username = 'vanphong'").query(Long.class).single();
        // Anyone, without an account, and only the public fields (no money, no managing unit).
        MvcTestResult json = mvc.get().uri("/public/projects.json?agency=" + agency).exchange();
        assertThat(json).hasStatusOk().bodyText().contains("cam sạch bệnh V2 và CS1").doesNotContain("Baba gai",
                "disbursed", "stateBudget", "unit");
        assertThat(mvc.get().uri("/public/projects?agency=" + agency).exchange()).hasStatusOk()
                .bodyText().contains("Kết quả nhiệm vụ KH&amp;CN đã nghiệm thu", "Khá");
        assertThat(mvc.get().uri("/public/projects.json?agency=999999").exchange()).hasStatus(404);
    }

    private MvcTestResult upload(byte[] file) {
        return mvc.post().uri("/projects/import").multipart()
                .file(new MockMultipartFile("file", "so-nhiem-vu.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
                .with(as("vanphong")).with(csrf()).exchange();
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sổ");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
