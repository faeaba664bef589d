package vn.nhiemvu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A Word document in the layout of NĐ 30/2020/NĐ-CP Phụ lục I: A4, margins 20/20/30/15 mm, Times New Roman 14 pt,
 * the header as a borderless two-column table (ô 1–4), the title and trích yếu, a justified body, the signature
 * area as a borderless two-column table (ô 7–9), page numbers centred in the top margin from page 2 on, and an
 * appendix in a landscape section of its own whose pages are numbered separately (Phụ lục I, Phần I, Mục III).
 */
final class OfficialDocx {

    static final String FONT = "Times New Roman";
    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    /** A4 in twentieths of a point. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - MARGIN_LEFT - MARGIN_RIGHT;

    /**
     * The header table is wider than the text so that the national name (13 pt bold, ≈ 96 mm) and the agency name
     * ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", 13 pt bold, ≈ 70 mm) each fit on one line; it reaches 10 mm into the left
     * margin, as the usual templates do.
     */
    private static final int HEADER_LEFT = mm(76);
    private static final int HEADER_RIGHT = mm(99);
    private static final int HEADER_INDENT = -(HEADER_LEFT + HEADER_RIGHT - PORTRAIT_TEXT_WIDTH);
    private static final int CELL_MARGIN = mm(1);

    /** The space between a text and the short line under it (the border is drawn above a paragraph's spacing). */
    private static final int LINE_GAP = 80;

    /** Body: justified, first-line indent 1.27 cm, 6 pt after, line spacing 1.2 (Phụ lục I, Mục II, ô 6). */
    private static final int FIRST_LINE_INDENT = 720;
    private static final int BODY_AFTER = 120;
    private static final int BODY_LINE = 288;

    /** Paragraph styles of data tables: 12 pt, 2 pt above and below; centred; bold and centred; bold. */
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_CENTRE = "TableCentre";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_GROUP = "TableGroup";

    final XWPFDocument document = new XWPFDocument();
    private final CTSectPr finalSection;

    OfficialDocx() {
        defaults();
        finalSection = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        page(finalSection, false);
        pageNumbers();
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    // ----- the parts of a document

    /**
     * Ô 1–4: the governing body and the agency with a short line under it, and the number, on the left; the
     * national name, the motto with a line as long as itself, and the place and date on the right; the number
     * and the date share a row, so they stand on the same line.
     */
    void letterhead(Letterhead letterhead, String numberLine, LocalDate date) {
        XWPFTable table = table(List.of(HEADER_LEFT, HEADER_RIGHT), false);
        tableIndent(table, HEADER_INDENT);
        XWPFTableRow first = table.getRow(0);
        XWPFTableCell left = first.getCell(0);
        XWPFParagraph p = firstParagraph(left);
        if (letterhead.parentLine() != null) {
            centred(p, 0, 0);
            run(p, letterhead.parentLine(), 13, false, false);
            p = left.addParagraph();
        }
        centred(p, 0, LINE_GAP);
        run(p, letterhead.agencyLine(), 13, true, false);
        double agencyWidth = Math.min(TextWidth.twips(letterhead.agencyLine(), true, 13), HEADER_LEFT - 2 * CELL_MARGIN);
        line(left.addParagraph(), HEADER_LEFT - 2 * CELL_MARGIN, (int) (agencyWidth * 0.4));

        XWPFTableCell right = first.getCell(1);
        XWPFParagraph national = firstParagraph(right);
        centred(national, 0, 0);
        run(national, NATIONAL_NAME, 13, true, false);
        XWPFParagraph motto = right.addParagraph();
        centred(motto, 0, LINE_GAP);
        run(motto, MOTTO, 14, true, false);
        line(right.addParagraph(), HEADER_RIGHT - 2 * CELL_MARGIN, (int) TextWidth.twips(MOTTO, true, 14));

        XWPFTableRow second = table.createRow();
        XWPFParagraph number = firstParagraph(second.getCell(0));
        centred(number, 60, 0);
        run(number, numberLine, 13, false, false);
        XWPFParagraph placeAndDate = firstParagraph(second.getCell(1));
        centred(placeAndDate, 60, 0);
        run(placeAndDate, Wording.placeAndDate(letterhead.place(), date), 14, false, true);
    }

    /** Ô 5a: the kind of document in upper case and its trích yếu, both bold and centred, a short line below. */
    void title(String kind, String subject) {
        XWPFParagraph title = document.createParagraph();
        centred(title, 360, 0);
        run(title, kind, 14, true, false);
        XWPFParagraph summary = document.createParagraph();
        centred(summary, 0, LINE_GAP);
        run(summary, subject, 14, true, false);
        int width = (int) Math.max(mm(30), Math.min(TextWidth.twips(subject, true, 14) / 3, mm(60)));
        XWPFParagraph line = document.createParagraph();
        line(line, PORTRAIT_TEXT_WIDTH, width);
        spacing(line, 0, 240, 240, false);
    }

    /** A paragraph of the body (ô 6): justified, first line indented. */
    XWPFParagraph body(String text) {
        XWPFParagraph p = body();
        run(p, text, 14, false, false);
        return p;
    }

    XWPFParagraph body() {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        spacing(p, 0, BODY_AFTER, BODY_LINE, false);
        return p;
    }

    /** A section title ("I. …", "1. Đối với …"): bold, indented like the body. */
    XWPFParagraph heading(String text) {
        XWPFParagraph p = body();
        keepWithNext(p);
        run(p, text, 14, true, false);
        return p;
    }

    /**
     * Ô 7–9: "Nơi nhận:" (12 pt bold italic) and the recipients (11 pt), the last "- Lưu: VT, …", on the left;
     * the signer's title in bold, room for the signature and the name on the right.
     */
    void signature(List<String> recipients, List<String> signerTitle, String signerName) {
        int leftWidth = mm(80);
        List<XWPFParagraph> body = document.getParagraphs();
        if (!body.isEmpty()) {
            // The signature never stands alone on a page: the last paragraph goes with it.
            keepWithNext(body.get(body.size() - 1));
        }
        XWPFParagraph gap = document.createParagraph();
        spacing(gap, 0, 0, 240, false);
        keepWithNext(gap);
        XWPFTable table = table(List.of(leftWidth, PORTRAIT_TEXT_WIDTH - leftWidth), false);
        XWPFTableRow row = table.getRow(0);
        row.setCantSplitRow(true);
        XWPFTableCell left = row.getCell(0);
        XWPFParagraph heading = firstParagraph(left);
        spacing(heading, 0, 0, 240, false);
        run(heading, "Nơi nhận:", 12, true, true);
        for (String recipient : recipients) {
            XWPFParagraph p = left.addParagraph();
            spacing(p, 0, 0, 240, false);
            run(p, recipient, 11, false, false);
        }
        XWPFTableCell right = row.getCell(1);
        XWPFParagraph p = firstParagraph(right);
        for (int i = 0; i < signerTitle.size(); i++) {
            if (i > 0) {
                p = right.addParagraph();
            }
            centred(p, 0, 0);
            run(p, signerTitle.get(i), 14, true, false);
        }
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph(), 0, 0);
        }
        XWPFParagraph name = right.addParagraph();
        centred(name, 240, 0);
        if (signerName != null) {
            run(name, signerName, 14, true, false);
        }
    }

    /**
     * Ends the portrait part: what follows is the appendix, landscape, its pages numbered from 1 again and the
     * number hidden on its first page (Phụ lục I, Phần I, Mục III; landscape is allowed for wide tables).
     */
    void startLandscapeAppendix() {
        XWPFParagraph end = document.createParagraph();
        spacing(end, 0, 0, 240, false);
        end.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
        CTSectPr portrait = end.getCTP().getPPr().addNewSectPr();
        for (CTHdrFtrRef ref : finalSection.getHeaderReferenceList()) {
            CTHdrFtrRef copy = portrait.addNewHeaderReference();
            copy.setType(ref.getType());
            copy.setId(ref.getId());
        }
        page(portrait, false);
        page(finalSection, true);
        finalSection.addNewType().setVal(STSectionMark.NEXT_PAGE);
        finalSection.addNewPgNumType().setStart(BigInteger.ONE);
    }

    /** A page break in a paragraph of 1 pt, so that the next page starts with what follows, not an empty line. */
    void pageBreak() {
        XWPFParagraph p = document.createParagraph();
        spacing(p, 0, 0, 20, true);
        p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
        XWPFRun run = p.createRun();
        run.setFontSize(1);
        run.addBreak(BreakType.PAGE);
    }

    /** "Phụ lục", its title in upper case and what it belongs to, in italics (Phụ lục I, Phần I, Mục III). */
    void appendixTitle(String title, String belongsTo) {
        XWPFParagraph word = document.createParagraph();
        centred(word, 0, 0);
        run(word, "Phụ lục", 14, true, false);
        XWPFParagraph heading = document.createParagraph();
        centred(heading, 0, 0);
        run(heading, Wording.upper(title), 14, true, false);
        XWPFParagraph note = document.createParagraph();
        centred(note, 0, 240);
        run(note, belongsTo, 14, false, true);
    }

    byte[] bytes() {
        try (XWPFDocument doc = document; ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----- building blocks

    /** A table of fixed column widths (twips); borderless for the header and signature, ruled for data. */
    XWPFTable table(List<Integer> widths, boolean ruled) {
        XWPFTable table = document.createTable();
        CTTbl ct = table.getCTTbl();
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        if (pr.isSetTblStyle()) {
            pr.unsetTblStyle();
        }
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        borders(pr, ruled);
        CTTblCellMar margins = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        margin(margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft(), ruled ? mm(1.5) : CELL_MARGIN);
        margin(margins.isSetRight() ? margins.getRight() : margins.addNewRight(), ruled ? mm(1.5) : CELL_MARGIN);
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow row = table.getRow(0);
        while (row.getTableCells().size() < widths.size()) {
            row.addNewTableCell();
        }
        for (int i = 0; i < widths.size(); i++) {
            cellWidth(row.getCell(i), widths.get(i));
        }
        return table;
    }

    static void tableIndent(XWPFTable table, int twips) {
        CTTblWidth indent = table.getCTTbl().getTblPr().addNewTblInd();
        indent.setType(STTblWidth.DXA);
        indent.setW(BigInteger.valueOf(twips));
    }

    private static void margin(CTTblWidth margin, int twips) {
        margin.setType(STTblWidth.DXA);
        margin.setW(BigInteger.valueOf(twips));
    }

    private static void borders(CTTblPr pr, boolean ruled) {
        CTTblBorders borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        STBorder.Enum kind = ruled ? STBorder.SINGLE : STBorder.NONE;
        for (CTBorder border : new CTBorder[] {
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            border.setVal(kind);
            border.setSz(BigInteger.valueOf(ruled ? 4 : 0));
            border.setSpace(BigInteger.ZERO);
            border.setColor(ruled ? "000000" : "auto");
        }
    }

    static void cellWidth(XWPFTableCell cell, int twips) {
        CTTc tc = cell.getCTTc();
        CTTcPr pr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        CTTblWidth width = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    static void span(XWPFTableCell cell, int columns) {
        CTTc tc = cell.getCTTc();
        CTTcPr pr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
    }

    static void middle(XWPFTableCell cell) {
        CTTc tc = cell.getCTTc();
        CTTcPr pr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    }

    static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
    }

    static void keepWithNext(XWPFParagraph p) {
        CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!pr.isSetKeepNext()) {
            pr.addNewKeepNext();
        }
    }

    static void centred(XWPFParagraph p, int before, int after) {
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, before, after, 240, false);
    }

    static void spacing(XWPFParagraph p, int before, int after, int line, boolean exact) {
        CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = pr.isSetSpacing() ? pr.getSpacing() : pr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(exact ? STLineSpacingRule.EXACT : STLineSpacingRule.AUTO);
    }

    /**
     * A solid line of the given length, centred in the available width: the top border of an empty, tiny paragraph
     * indented from both sides. Word and LibreOffice both draw it, and it moves with the text.
     */
    static void line(XWPFParagraph p, int available, int length) {
        int side = Math.max(0, (available - length) / 2);
        CTPPr pr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTBorder top = pr.addNewPBdr().addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ONE);
        top.setColor("000000");
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        spacing(p, 0, 0, 240, false);
        pr.addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
    }

    /** A run of text in points, line breaks kept, characters XML cannot hold dropped. */
    static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        if (points != 14) {
            run.setFontSize(points);
        }
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        String[] lines = CleanText.of(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return run;
    }

    // ----- document-wide settings

    /** Times New Roman 14 pt, Vietnamese, single spacing, nothing after a paragraph unless asked. */
    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(28));
        run.addNewSzCs().setVal(BigInteger.valueOf(28));
        run.addNewLang().setVal("vi-VN");
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        tableStyle(styles, TABLE_TEXT, null, false, false);
        tableStyle(styles, TABLE_CENTRE, TABLE_TEXT, true, false);
        tableStyle(styles, TABLE_HEADING, TABLE_TEXT, true, true);
        tableStyle(styles, TABLE_GROUP, TABLE_TEXT, false, true);
        document.createStyles().setStyles(styles);
    }

    private static void tableStyle(CTStyles styles, String id, String basedOn, boolean centred, boolean bold) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        if (basedOn == null) {
            CTSpacing spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(40));
            spacing.setAfter(BigInteger.valueOf(40));
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
        if (centred) {
            paragraph.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr run = style.addNewRPr();
        if (basedOn == null) {
            run.addNewSz().setVal(BigInteger.valueOf(24));
            run.addNewSzCs().setVal(BigInteger.valueOf(24));
        }
        if (bold) {
            run.addNewB();
        }
    }

    /** A paragraph of a style holding the text, line breaks kept, characters XML cannot hold dropped. */
    static void styledText(CTP p, String text, String style) {
        (p.isSetPPr() ? p.getPPr() : p.addNewPPr()).addNewPStyle().setVal(style);
        if (text == null || text.isEmpty()) {
            return;
        }
        CTR run = p.addNewR();
        String[] lines = CleanText.of(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addNewBr();
            }
            CTText t = run.addNewT();
            t.setStringValue(lines[i]);
            if (!lines[i].isEmpty() && (lines[i].charAt(0) == ' ' || lines[i].charAt(lines[i].length() - 1) == ' ')) {
                t.setSpace(SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /**
     * Arabic page numbers, 14 pt upright, centred in the top margin, not on the first page (Phụ lục I, Phần I,
     * Mục I): a default header with the PAGE field and an empty first-page header.
     */
    private void pageNumbers() {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("2");
        XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
        if (first.getParagraphs().isEmpty()) {
            first.createParagraph();
        }
    }
}
