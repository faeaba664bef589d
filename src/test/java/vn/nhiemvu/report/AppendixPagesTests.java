package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The appendix cut into one table per page for LibreOffice, which lays one long table out in quadratic time: the
 * estimate of where pages end must never let a page's table run over onto the next.
 */
class AppendixPagesTests {

    @Test
    void wrapsTextWordByWordInItsColumn() {
        double column = OfficialDocx.mm(76) / 20.0 - 2 * OfficialDocx.mm(1.5) / 20.0;
        assertThat(AppendixPages.lines("Báo cáo kết quả thực hiện Đề án 996", column, false, 12)).isEqualTo(1);
        assertThat(AppendixPages.lines("Nhiệm vụ số 6: tham mưu, xây dựng báo cáo và triển khai thực hiện các nội "
                + "dung theo chỉ đạo của UBND tỉnh về lĩnh vực khoa học và công nghệ trên địa bàn tỉnh", column, false,
                12)).isEqualTo(4);
        assertThat(AppendixPages.lines("một\nhai\nba", column, false, 12)).isEqualTo(3);
        assertThat(AppendixPages.lines(null, column, false, 12)).isEqualTo(1);
    }

    @Test
    void putsEveryRowOnExactlyOnePage() {
        TaskReport report = TaskReportRenderBenchmark.report(300);
        List<Integer> widths = java.util.Arrays.stream(TaskReportDocx.widthsMm()).map(OfficialDocx::mm).boxed().toList();
        List<List<TaskReportDocx.Line>> pages = AppendixPages.split(TaskReportDocx.linesOf(report), widths,
                report.appendixTitle(), report.appendixBelongsTo());
        assertThat(pages.stream().mapToInt(List::size).sum()).isEqualTo(300 + 3);
        assertThat(pages).allSatisfy(page -> assertThat(page).isNotEmpty());
        assertThat(pages.size()).isBetween(300 / 8, 300 / 4);
    }

    @Test
    void givesLibreOfficeOneTableAPageAndNoPageRunsOver() throws Exception {
        assumeTrue(ReadBack.onPath("soffice"), "LibreOffice (soffice) is not installed");
        TaskReport report = TaskReportRenderBenchmark.report(300);
        byte[] docx = TaskReportDocx.renderForPdf(report);
        int tables = count(part(docx, "word/document.xml"), "<w:tbl>");
        PdfConverter converter = new PdfConverter(new ReportProperties(null, Duration.ofSeconds(120), 1, null));
        try {
            byte[] pdf = converter.convert(docx);
            ReadBack.pictures(pdf, "phu-luc-300-nhiem-vu");
            // the header and the signature are tables too; the report itself is one page
            assertThat(ReadBack.pdfPages(pdf)).isEqualTo(1 + tables - 2);
            assertThat(ReadBack.pdfText(pdf)).contains("Nhiệm vụ số 300:");
        } finally {
            converter.removeProfiles();
        }
        assertThat(count(part(TaskReportDocx.render(report), "word/document.xml"), "<w:tbl>")).isEqualTo(3);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String part(byte[] zip, String name) throws java.io.IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException(name);
    }
}
