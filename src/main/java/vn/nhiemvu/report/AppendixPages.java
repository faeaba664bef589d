package vn.nhiemvu.report;

import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.report.TaskReportDocx.Line;

/**
 * Where the pages of the appendix end, estimated from Times New Roman's letter widths (the PDF's Liberation Serif
 * has the same): each cell's text wrapped word by word in its column, the tallest cell of a row giving its height.
 * Pages are filled to 96 % so that an estimate a little short still fits.
 */
final class AppendixPages {

    /** Line heights of Times New Roman (Liberation Serif) at single spacing, in points. */
    private static final double LINE_12 = 13.8;
    private static final double LINE_14 = 16.1;
    /** 2 pt above and below the cell's paragraph, and the rule. */
    private static final double CELL_PADDING = 4.5;
    private static final double FILL = 0.96;
    private static final double CELL_MARGIN_PT = OfficialDocx.mm(1.5) / 20.0;

    private AppendixPages() {
    }

    static List<List<Line>> split(List<Line> lines, List<Integer> widths, String title, String belongsTo) {
        double page = (OfficialDocx.A4_SHORT - OfficialDocx.MARGIN_TOP - OfficialDocx.MARGIN_BOTTOM) / 20.0 * FILL;
        double textWidth = OfficialDocx.LANDSCAPE_TEXT_WIDTH / 20.0;
        double heading = LINE_14 * (1 + lines(title, textWidth, true, 14) + lines(belongsTo, textWidth, false, 14)) + 12;
        double header = height(new Line(false, TaskReportDocx.HEADERS.toArray(String[]::new)), widths, true);
        List<List<Line>> pages = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        double used = heading + header;
        for (Line line : lines) {
            double height = height(line, widths, false);
            if (!current.isEmpty() && used + height > page) {
                pages.add(current);
                current = new ArrayList<>();
                used = header;
            }
            current.add(line);
            used += height;
        }
        pages.add(current);
        return pages;
    }

    static double height(Line line, List<Integer> widths, boolean bold) {
        if (line.group()) {
            double rest = widths.stream().skip(1).mapToInt(Integer::intValue).sum() / 20.0 - 2 * CELL_MARGIN_PT;
            return lines(line.cells()[1], rest, true, 12) * LINE_12 + CELL_PADDING;
        }
        int tallest = 1;
        for (int i = 0; i < line.cells().length; i++) {
            tallest = Math.max(tallest, lines(line.cells()[i], widths.get(i) / 20.0 - 2 * CELL_MARGIN_PT, bold, 12));
        }
        return tallest * LINE_12 + CELL_PADDING;
    }

    /** How many lines the text takes in a column of that width (points), wrapped at spaces and after hyphens. */
    static int lines(String text, double width, boolean bold, double points) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double space = TextWidth.twips(" ", bold, points) / 20.0;
        int count = 0;
        for (String paragraph : text.split("\n", -1)) {
            count++;
            double used = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                boolean first = true;
                for (String piece : word.split("(?<=-)")) {
                    double wide = TextWidth.twips(piece, bold, points) / 20.0;
                    double gap = first && used > 0 ? space : 0;
                    if (used > 0 && used + gap + wide > width) {
                        count++;
                        used = 0;
                        gap = 0;
                    }
                    if (wide > width) {
                        count += (int) Math.ceil(wide / width) - 1;
                        used = wide % width;
                    } else {
                        used += gap + wide;
                    }
                    first = false;
                }
            }
        }
        return count;
    }
}
