package vn.nhiemvu.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;

import vn.nhiemvu.report.TaskReport.AppendixGroup;
import vn.nhiemvu.report.TaskReport.AppendixRow;

/**
 * The report on assigned tasks as a Word file: the header, "BÁO CÁO" and its trích yếu, the figures sentence of
 * sample 000, the signature area; then the appendix on landscape pages, its table of 12 pt with the header row
 * repeated on every page.
 */
final class TaskReportDocx {

    static final List<String> HEADERS = List.of("TT", "Số/Ký hiệu VBCĐ", "Nội dung công việc", "Thời hạn",
            "Ngày hoàn thành", "Tiến độ", "Kết quả xử lý");

    /** Millimetres of the 252 mm between the landscape margins. */
    private static final int[] WIDTHS_MM = {12, 40, 76, 24, 24, 28, 48};

    private TaskReportDocx() {
    }

    /** The report to edit: the appendix is one table, its header row repeated on every page. */
    static byte[] render(TaskReport report) {
        return render(report, false);
    }

    /** Up to this many rows the appendix stays one table in the PDF too (≈ 35 pages, a few seconds). */
    static final int ONE_TABLE_ROWS = 200;

    /**
     * The report to convert to PDF. A long appendix becomes one table per page, each with the header row, separated
     * by page breaks: LibreOffice lays out one long table in a time that grows with the square of its pages (74 s
     * for 330 pages here, over 15 min for 800), a table per page keeps it linear. The pages are cut where
     * {@link AppendixPages} estimates they end, a little early to be safe.
     */
    static byte[] renderForPdf(TaskReport report) {
        return render(report, report.rowCount() > ONE_TABLE_ROWS);
    }

    private static byte[] render(TaskReport report, boolean tablePerPage) {
        OfficialDocx docx = new OfficialDocx();
        Letterhead letterhead = report.letterhead();
        docx.letterhead(letterhead, letterhead.blankNumber("BC"), report.issuedOn());
        docx.title("BÁO CÁO", report.subject());
        docx.body(report.opening());
        for (String line : report.figures()) {
            docx.body(line);
        }
        docx.body(report.closing());
        List<String> recipients = new ArrayList<>();
        if (report.issuerName() != null) {
            recipients.add("- " + report.issuerName() + " (báo cáo);");
        }
        recipients.add("- Lãnh đạo Sở;");
        recipients.add("- Lưu: VT, VP.");
        docx.signature(recipients, List.of("GIÁM ĐỐC"), null);

        docx.startLandscapeAppendix();
        docx.appendixTitle(report.appendixTitle(), report.appendixBelongsTo());
        List<Integer> widths = new ArrayList<>();
        for (int mm : WIDTHS_MM) {
            widths.add(OfficialDocx.mm(mm));
        }
        List<Line> lines = lines(report.groups());
        if (!tablePerPage) {
            table(docx, widths, lines);
        } else {
            List<List<Line>> pages = AppendixPages.split(lines, widths, report.appendixTitle(),
                    report.appendixBelongsTo());
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    docx.pageBreak();
                }
                table(docx, widths, pages.get(i));
            }
        }
        return docx.bytes();
    }

    /** The appendix table of these groups, one table, at the end of the document (a periodic report's appendix). */
    static void appendixTable(OfficialDocx docx, List<AppendixGroup> groups) {
        List<Integer> widths = new ArrayList<>();
        for (int mm : WIDTHS_MM) {
            widths.add(OfficialDocx.mm(mm));
        }
        table(docx, widths, lines(groups));
    }

    /** A row of the appendix table: a group's numeral and label, or a task's seven cells. */
    record Line(boolean group, String[] cells) {
    }

    private static List<Line> lines(List<AppendixGroup> groups) {
        List<Line> lines = new ArrayList<>();
        for (AppendixGroup group : groups) {
            lines.add(new Line(true, new String[] {group.numeral(), group.label()}));
            for (AppendixRow task : group.rows()) {
                lines.add(new Line(false, new String[] {String.valueOf(task.number()), task.directive(),
                    task.content(), task.deadline(), Wording.date(task.completedOn()), task.progress(),
                    task.result()}));
            }
        }
        return lines;
    }

    static List<Line> linesOf(TaskReport report) {
        return lines(report.groups());
    }

    static int[] widthsMm() {
        return WIDTHS_MM.clone();
    }

    /**
     * The table is written straight into the document's XML, each cell a paragraph of a table style (12 pt, 2 pt
     * above and below): a year's appendix has tens of thousands of cells, and POI's own row and cell objects cost
     * more than the text.
     */
    private static void table(OfficialDocx docx, List<Integer> widths, List<Line> lines) {
        XWPFTable table = docx.table(widths, true);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < HEADERS.size(); i++) {
            XWPFTableCell cell = header.getCell(i);
            OfficialDocx.middle(cell);
            CTP p = cell.getCTTc().getPArray(0);
            OfficialDocx.styledText(p, HEADERS.get(i), OfficialDocx.TABLE_HEADING);
        }
        CTTbl tbl = table.getCTTbl();
        for (Line line : lines) {
            CTRow row = tbl.addNewTr();
            if (line.group()) {
                OfficialDocx.styledText(row.addNewTc().addNewP(), line.cells()[0], OfficialDocx.TABLE_HEADING);
                CTTc label = row.addNewTc();
                label.addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.size() - 1));
                OfficialDocx.styledText(label.addNewP(), line.cells()[1], OfficialDocx.TABLE_GROUP);
            } else {
                for (int i = 0; i < line.cells().length; i++) {
                    boolean centred = i == 0 || i == 3 || i == 4 || i == 5;
                    OfficialDocx.styledText(row.addNewTc().addNewP(), line.cells()[i],
                            centred ? OfficialDocx.TABLE_CENTRE : OfficialDocx.TABLE_TEXT);
                }
            }
        }
    }
}
