package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.task.DirectiveService;

/**
 * The report of sample 000 (Bắc Giang, BC quý I/2023): its nine tasks recorded through the API, the report asked
 * for 15/12/2022–14/03/2023 as of 15/03/2023, and each file read back as Word, a spreadsheet program and a PDF
 * reader would read it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskReportTests {

    private static final String SAMPLE_000 = "/api/v1/task-report?from=2022-12-15&to=2023-03-14&asOf=2023-03-15"
            + "&issuer=UBND tỉnh&date=2023-03-15";

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
    byte[] docx;

    @BeforeAll
    void recordSample000() {
        department = ReportFixtures.newDepartment(mvc, jdbc, passwordEncoder, directives);
        department.sample000();
        docx = download(SAMPLE_000 + "&format=docx");
    }

    private byte[] download(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(department.auth()).exchange();
        assertThat(result).hasStatusOk();
        return result.getMvcResult().getResponse().getContentAsByteArray();
    }

    private RequestPostProcessor signedIn() {
        return user(accounts.loadUserByUsername(department.username));
    }

    @Test
    void writesTheFiguresSentenceWordForWordAsSample000() {
        List<String> paragraphs = ReadBack.paragraphs(ReadBack.docx(docx));
        int total = paragraphs.indexOf("Tổng số: 09 nhiệm vụ");
        assertThat(total).isPositive();
        assertThat(paragraphs.subList(total, total + 5)).containsExactly(
                "Tổng số: 09 nhiệm vụ",
                "- Đã thực hiện (hoàn thành): 06 nhiệm vụ, thực hiện chậm: 0.",
                "- Đang thực hiện (trong hạn): 03 nhiệm vụ; quá hạn: 0 nhiệm vụ.",
                "- Chưa thực hiện: 0 nhiệm vụ.",
                "(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo).");
        assertThat(paragraphs).contains("BÁO CÁO",
                "Kết quả thực hiện nhiệm vụ do UBND tỉnh giao quý I năm 2023",
                "Sở Khoa học và Công nghệ báo cáo kết quả thực hiện nhiệm vụ do UBND tỉnh giao quý I năm 2023 "
                        + "(số liệu tính đến ngày 15/03/2023) như sau:");
    }

    @Test
    void listsTheNineTasksInTheThreeGroupsOfSample000SortedByDeadline() {
        XWPFDocument document = ReadBack.docx(docx);
        XWPFTable appendix = document.getTables().get(document.getTables().size() - 1);
        List<List<String>> rows = ReadBack.rows(appendix);
        assertThat(rows).hasSize(1 + 3 + 9);
        assertThat(rows.get(0)).containsExactly("TT", "Số/Ký hiệu VBCĐ", "Nội dung công việc", "Thời hạn",
                "Ngày hoàn thành", "Tiến độ", "Kết quả xử lý");
        assertThat(rows.get(1)).containsExactly("I", "ĐÃ THỰC HIỆN: 06 nhiệm vụ");
        assertThat(rows.get(2)).containsExactly("1", "6447/UBND-NC ngày 24/12/2022",
                "Rà soát, thống kê thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước", "15/01/2023",
                "14/01/2023", "Đúng hạn", "Báo cáo số 06/BC-KHCN ngày 14/01/2023");
        assertThat(rows.get(5).subList(0, 6)).containsExactly("4", "6625/UBND-KGVX ngày 31/12/2022",
                "Báo cáo tình hình thực hiện năm 2022 Chiến lược Sở hữu trí tuệ đến năm 2030", "30/01/2023",
                "30/01/2023", "Đúng hạn");
        assertThat(rows.get(7)).containsExactly("6", "946/UBND-NC ngày 07/03/2023",
                "Cung cấp danh mục văn bản của các cơ quan, đơn vị", "10/03/2023", "09/03/2023", "Đúng hạn",
                "Công văn số 292/KHCN-VP Ngày 09/3/2023");
        assertThat(rows.get(8)).containsExactly("II", "ĐANG THỰC HIỆN: 03 nhiệm vụ (trong hạn)");
        assertThat(rows.get(9)).containsExactly("1", "241/VP-HCTC ngày 07/03/2023",
                "Báo cáo kết quả thực hiện Kết luận số 01-KL/TW", "16/03/2023", "", "Chưa đến hạn", "");
        assertThat(rows.get(10).subList(0, 2)).containsExactly("2", "559/UBND-KGVX ngày 15/02/2023");
        assertThat(rows.get(10).subList(3, 6)).containsExactly("", "", "Chưa đến hạn");
        assertThat(rows.get(11).subList(0, 2)).containsExactly("3", "421/UBND-KGVX ngày 06/02/2023");
        assertThat(rows.get(12)).containsExactly("III", "Chưa thực hiện: 0");
        assertThat(rows.stream().filter(row -> row.size() == 7).skip(1).map(row -> row.get(0)))
                .containsExactly("1", "2", "3", "4", "5", "6", "1", "2", "3");
    }

    @Test
    void printsTheHeaderFromTheAgencyRecordWithItsDiacritics() {
        XWPFTable header = ReadBack.docx(docx).getTables().get(0);
        assertThat(header.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                .containsExactly("UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "");
        assertThat(header.getRow(0).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "");
        assertThat(ReadBack.rows(header).get(1))
                .containsExactly("Số:        /BC-KHCN", "Bắc Giang, ngày 15 tháng 3 năm 2023");
        XWPFParagraph agency = header.getRow(0).getCell(0).getParagraphs().get(1);
        assertThat(agency.getRuns().get(0).isBold()).isTrue();
        XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
        assertThat(date.getRuns().get(0).isItalic()).isTrue();
        assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
    }

    @Test
    void setsTheBodyOnA4PortraitWithTheMarginsOfDecree30AndTheAppendixLandscape() throws IOException {
        XWPFDocument document = ReadBack.docx(docx);
        CTSectPr body = document.getParagraphs().stream()
                .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                .findFirst().orElseThrow().getCTP().getPPr().getSectPr();
        assertThat(body.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(body.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(body.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(body.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
        assertThat(body.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
        assertThat(body.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
        assertThat(body.isSetTitlePg()).as("no page number on page 1").isTrue();
        assertThat(body.getHeaderReferenceList()).hasSize(2);

        CTSectPr appendix = document.getDocument().getBody().getSectPr();
        assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(appendix.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(appendix.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);

        XWPFTable table = document.getTables().get(document.getTables().size() - 1);
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).isRepeatHeader()).isFalse();
        assertThat(table.getRow(2).getCell(2).getParagraphs().get(0).getStyle()).isEqualTo("TableText");
        assertThat(document.getStyles().getStyle("TableText").getCTStyle().getRPr().getSzArray(0).getVal())
                .hasToString("24");
        assertThat(table.getRow(0).getCell(0).getParagraphs().get(0).getStyle()).isEqualTo("TableHeading");
        assertThat(part(docx, "word/styles.xml")).contains("w:ascii=\"Times New Roman\"", "w:val=\"vi-VN\"");
        assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(document.getHeaderList()).anySatisfy(header ->
                assertThat(header._getHdrFtr().xmlText()).contains("PAGE"));

        List<String> paragraphs = ReadBack.paragraphs(document);
        int word = paragraphs.indexOf("Phụ lục");
        assertThat(paragraphs.subList(word, word + 3)).containsExactly("Phụ lục",
                "KẾT QUẢ THỰC HIỆN NHIỆM VỤ DO UBND TỈNH GIAO QUÝ I NĂM 2023",
                "(Kèm theo Báo cáo số        /BC-KHCN ngày 15/03/2023 của Sở Khoa học và Công nghệ)");
    }

    @Test
    void writesEachPropertiesElementOnceAsWordRequires() throws IOException {
        assertThat(ReadBack.repeatedProperties(part(docx, "word/document.xml"))).isEmpty();
        assertThat(ReadBack.repeatedProperties(part(docx, "word/styles.xml"))).isEmpty();
        assertThat(ReadBack.repeatedProperties(part(
                TaskReportDocx.renderForPdf(TaskReportRenderBenchmark.report(250)), "word/document.xml"))).isEmpty();
    }

    @Test
    void writesTheAppendixAsASpreadsheetWithTheSameGroupsAndAFrozenHeader() throws IOException {
        byte[] xlsx = download(SAMPLE_000 + "&format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Phụ lục");
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(0)))
                    .isEqualTo("KẾT QUẢ THỰC HIỆN NHIỆM VỤ DO UBND TỈNH GIAO QUÝ I NĂM 2023");
            Row header = sheet.getRow(3);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Số/Ký hiệu VBCĐ");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 4);
            assertThat(sheet.getColumnWidth(2)).isGreaterThan(sheet.getColumnWidth(0) * 5);
            assertThat(formatter.formatCellValue(sheet.getRow(4).getCell(1))).isEqualTo("ĐÃ THỰC HIỆN: 06 nhiệm vụ");
            Row first = sheet.getRow(5);
            assertThat(formatter.formatCellValue(first.getCell(0))).isEqualTo("1");
            assertThat(formatter.formatCellValue(first.getCell(1))).isEqualTo("6447/UBND-NC ngày 24/12/2022");
            assertThat(formatter.formatCellValue(first.getCell(3))).isEqualTo("15/01/2023");
            assertThat(formatter.formatCellValue(first.getCell(4))).isEqualTo("14/01/2023");
            assertThat(formatter.formatCellValue(first.getCell(5))).isEqualTo("Đúng hạn");
            assertThat(first.getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(formatter.formatCellValue(sheet.getRow(11).getCell(1)))
                    .isEqualTo("ĐANG THỰC HIỆN: 03 nhiệm vụ (trong hạn)");
            assertThat(formatter.formatCellValue(sheet.getRow(14).getCell(2)))
                    .isEqualTo("Triển khai hoạt động Giải thưởng Chất lượng Quốc gia năm 2023");
            assertThat(formatter.formatCellValue(sheet.getRow(15).getCell(1))).isEqualTo("Chưa thực hiện: 0");
            assertThat(sheet.getLastRowNum()).isEqualTo(15);
        }
    }

    @Test
    void convertsTheReportToPdfWithTheFiguresAndTheRows() {
        assumeTrue(ReadBack.onPath("soffice"), "LibreOffice (soffice) is not installed");
        byte[] pdf = download(SAMPLE_000 + "&format=pdf");
        ReadBack.pictures(pdf, "bao-cao-quy-I-2023");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = ReadBack.pdfText(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "Tổng số: 09 nhiệm vụ", "- Đã thực hiện (hoàn thành): 06 nhiệm vụ, thực hiện chậm: 0.",
                "- Đang thực hiện (trong hạn): 03 nhiệm vụ; quá hạn: 0 nhiệm vụ.", "- Chưa thực hiện: 0 nhiệm vụ.",
                "ĐÃ THỰC HIỆN: 06 nhiệm vụ", "ĐANG THỰC HIỆN: 03 nhiệm vụ (trong hạn)", "Chưa thực hiện: 0",
                "6447/UBND-NC", "Báo cáo số 06/BC-KHCN", "Chưa đến hạn", "Bắc Giang, ngày 15 tháng 3 năm 2023");
        assertThat(ReadBack.pdfPages(pdf)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStartsInVietnamese() {
        assertThat(mvc.get().uri("/api/v1/task-report?from=2023-03-14&to=2022-12-15&format=docx")
                .with(department.auth()))
                .hasStatus(400)
                .hasContentType("application/problem+json")
                .bodyJson().extractingPath("$.detail")
                .isEqualTo("Ngày kết thúc kỳ báo cáo (15/12/2022) trước ngày bắt đầu (14/03/2023).");
    }

    @Test
    void refusesAMissingPeriodAnUnreadableDateAndAnUnknownFormat() {
        assertThat(mvc.get().uri("/api/v1/task-report?format=docx").with(department.auth()))
                .hasStatus(400).bodyJson().extractingPath("$.detail").asString().startsWith("Cần có kỳ báo cáo");
        assertThat(mvc.get().uri("/api/v1/task-report?from=15/12/2022&to=2023-03-14").with(department.auth()))
                .hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("15/12/2022", "(from)");
        assertThat(mvc.get().uri("/api/v1/task-report?from=2022-12-15&to=2023-03-14&format=odt")
                .with(department.auth()))
                .hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("\"odt\"");
    }

    @Test
    void dropsControlCharactersFromATasksContentSoThatWordOpensTheFile() throws Exception {
        long directiveId = department.directive("77/UBND-VX", "2021-05-10", "UBND tỉnh", "CV", false,
                "Văn bản có ký tự lạ");
        department.task(directiveId, "Nội dung\u0001 dán\u000B từ\u001F văn bản khác\u0007", "VP", "[]",
                "{\"kind\":\"DATE\",\"value\":\"2021-06-30\"}");
        byte[] file = download("/api/v1/task-report?from=2021-05-01&to=2021-05-31&format=docx");
        String documentXml = part(file, "word/document.xml");
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(documentXml.getBytes(StandardCharsets.UTF_8)));
        assertThat(documentXml).doesNotContain("\u0001", "\u000B", "\u001F", "\u0007", "&#1;");
        List<List<String>> rows = ReadBack.rows(ReadBack.docx(file).getTables().get(2));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Nội dung dán từ văn bản khác"));
        byte[] xlsx = download("/api/v1/task-report?from=2021-05-01&to=2021-05-31&format=xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(6).getCell(2).getStringCellValue())
                    .isEqualTo("Nội dung dán từ văn bản khác");
        }
    }

    @Test
    void showsTheReportPageWithTheFiguresAndTheDownloads() {
        MvcTestResult page = mvc.get()
                .uri("/reports/tasks?kind=QUARTER&year=2023&number=1&asOf=2023-03-15&issuer=UBND tỉnh")
                .with(signedIn()).exchange();
        ReadBack.page(page, "trang-bao-cao");
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("Báo cáo kết quả thực hiện nhiệm vụ được giao", "Kết quả thực hiện nhiệm vụ do UBND tỉnh giao quý I năm 2023",
                        "Tổng số: 09 nhiệm vụ", "- Đang thực hiện (trong hạn): 03 nhiệm vụ; quá hạn: 0 nhiệm vụ.",
                        "value=\"2022-12-15\"", "value=\"2023-03-14\"", "value=\"2023-03-15\"",
                        "/reports/tasks/file?format=docx&amp;from=2022-12-15&amp;to=2023-03-14&amp;asOf=2023-03-15",
                        "format=xlsx");
    }

    @Test
    void judgesAQuarterAsOfItsDataCutOffByDefault() {
        assertThat(mvc.get().uri("/reports/tasks?kind=QUARTER&year=2023&number=1").with(signedIn()))
                .hasStatusOk().bodyText()
                .contains("id=\"asOf\" name=\"asOf\" value=\"2023-03-14\"", "số liệu tính đến ngày 14/03/2023");
    }

    @Test
    void answersAnHtmxRequestWithTheFormAndFiguresOnly() {
        assertThat(mvc.get().uri("/reports/tasks?kind=YEAR&year=2023").header("HX-Request", "true")
                .header("HX-Trigger-Name", "kind").with(signedIn()))
                .hasStatusOk().hasHeader("Vary", "HX-Request").bodyText()
                .contains("<div id=\"report-tasks\"")
                .contains("value=\"2022-12-15\"", "value=\"2023-12-14\"")
                .doesNotContain("<html");
    }

    @Test
    void saysOnThePageWhyThereIsNoPdf() {
        assertThat(mvc.get().uri("/reports/tasks?kind=QUARTER&year=2023&number=1&problem=report.pdf.missing")
                .with(signedIn()))
                .hasStatusOk().bodyText()
                .contains("Chưa tạo được bản PDF: máy chủ chưa cài LibreOffice (soffice).");
        assertThat(mvc.get().uri("/reports/tasks?kind=QUARTER&year=2023&number=1&problem=login.failed")
                .with(signedIn()))
                .hasStatusOk().bodyText().doesNotContain("mật khẩu");
    }

    @Test
    void showsAPeriodThatEndsBeforeItStartsOnThePage() {
        assertThat(mvc.get().uri("/reports/tasks?kind=CUSTOM&from=2023-03-14&to=2022-12-15").with(signedIn()))
                .hasStatusOk().bodyText()
                .contains("Ngày kết thúc kỳ báo cáo (15/12/2022) trước ngày bắt đầu (14/03/2023).");
    }

    @Test
    void downloadsTheReportFromThePage() {
        MvcTestResult result = mvc.get()
                .uri("/reports/tasks/file?format=docx&from=2022-12-15&to=2023-03-14&asOf=2023-03-15&issuer=UBND tỉnh")
                .with(signedIn()).exchange();
        assertThat(result).hasStatusOk().hasContentType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.getMvcResult().getResponse().getHeader("Content-Disposition"))
                .contains("bao-cao-nhiem-vu-quy-i-nam-2023.docx");
        assertThat(ReadBack.paragraphs(ReadBack.docx(result.getMvcResult().getResponse().getContentAsByteArray())))
                .contains("Tổng số: 09 nhiệm vụ");
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }
}
