package vn.nhiemvu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.nhiemvu.report.TaskReport.AppendixGroup;
import vn.nhiemvu.report.TaskReport.AppendixRow;

/**
 * The appendix as a spreadsheet, for those who sort and filter it: the same columns and groups as the Word
 * appendix, Times New Roman 12, the header row styled and frozen, text wrapped, dates as real dates
 * (dd/mm/yyyy), landscape A4 with the header row repeated when printed. Streams its rows, so a year of tasks takes
 * little memory.
 */
final class TaskReportXlsx {

    /** Column widths in characters. */
    private static final int[] WIDTHS = {6, 24, 60, 14, 14, 15, 36};
    private static final int HEADER_ROW = 3;
    private static final float LINE_POINTS = 15.75f;

    private TaskReportXlsx() {
    }

    static byte[] render(TaskReport report) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(256);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("Phụ lục");
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256 + 200);
            }
            int last = WIDTHS.length - 1;
            merged(sheet, 0, report.appendixTitle(), styles.title, last, 2);
            merged(sheet, 1, report.appendixBelongsTo(), styles.note, last, 1);
            merged(sheet, 2, "Số liệu tính đến ngày " + Wording.date(report.asOf()), styles.note, last, 1);
            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(2 * LINE_POINTS + 4);
            for (int i = 0; i < TaskReportDocx.HEADERS.size(); i++) {
                text(header, i, TaskReportDocx.HEADERS.get(i), styles.header);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (AppendixGroup group : report.groups()) {
                Row row = sheet.createRow(r);
                text(row, 0, group.numeral(), styles.groupNumeral);
                text(row, 1, group.label(), styles.group);
                for (int i = 2; i <= last; i++) {
                    row.createCell(i).setCellStyle(styles.group);
                }
                sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 1, last));
                r++;
                for (AppendixRow task : group.rows()) {
                    row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(task.number());
                    row.getCell(0).setCellStyle(styles.centred);
                    text(row, 1, task.directive(), styles.text);
                    text(row, 2, task.content(), styles.text);
                    dateOrText(row, 3, task.deadlineDate(), task.deadline(), styles);
                    dateOrText(row, 4, task.completedOn(), null, styles);
                    text(row, 5, task.progress(), styles.centred);
                    text(row, 6, task.result(), styles.text);
                    row.setHeightInPoints(height(task));
                }
            }
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void merged(SXSSFSheet sheet, int r, String text, CellStyle style, int last, int lines) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(lines * (LINE_POINTS + 2));
        text(row, 0, text, style);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, last));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(CleanText.of(value));
        }
    }

    private static void dateOrText(Row row, int column, LocalDate date, String text, Styles styles) {
        if (date != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            text(row, column, text, styles.centred);
        }
    }

    /** Spreadsheets do not grow a row to its wrapped text by themselves: an estimate from the text's length. */
    private static float height(AppendixRow task) {
        String[] values = {task.directive(), task.content(), task.deadline(), task.result()};
        int[] columns = {1, 2, 3, 6};
        int lines = 1;
        for (int i = 0; i < values.length; i++) {
            lines = Math.max(lines, lines(values[i], WIDTHS[columns[i]]));
        }
        return lines * LINE_POINTS + 3;
    }

    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() * 1.1 / Math.max(1, width - 1)));
        }
        return lines;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle groupNumeral;
        final CellStyle group;
        final CellStyle text;
        final CellStyle centred;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            Font regular = font(workbook, false, false, 12);
            Font bold = font(workbook, true, false, 12);
            Font italic = font(workbook, false, true, 12);
            Font big = font(workbook, true, false, 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            title.setWrapText(true);
            note = workbook.createCellStyle();
            note.setFont(italic);
            note.setAlignment(HorizontalAlignment.CENTER);
            note.setVerticalAlignment(VerticalAlignment.CENTER);
            note.setWrapText(true);
            header = ruled(workbook, bold, HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            group = ruled(workbook, bold, HorizontalAlignment.LEFT);
            group.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            group.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            groupNumeral = ruled(workbook, bold, HorizontalAlignment.CENTER);
            groupNumeral.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
            groupNumeral.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = ruled(workbook, regular, HorizontalAlignment.LEFT);
            centred = ruled(workbook, regular, HorizontalAlignment.CENTER);
            date = ruled(workbook, regular, HorizontalAlignment.CENTER);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static Font font(SXSSFWorkbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName(OfficialDocx.FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle ruled(SXSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
