package vn.nhiemvu.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.nhiemvu.report.TaskReport.AppendixGroup;

/**
 * A periodic report as a Word file in the layout of NĐ 30/2020 (Phụ lục I): the header with its number and date,
 * "BÁO CÁO" and the trích yếu, the numbered sections ("Phần I" and its title centred, "I. …" and "1. …" bold, the
 * units' paragraphs justified), the closing sentence, the signature and "Nơi nhận" of the agency's settings, then
 * the task appendix on landscape pages.
 */
final class PeriodicReportDocx {

    /** A section as printed: its depth, number, heading, and either its paragraphs or the note of what is missing. */
    record Block(int depth, String number, String heading, List<ContributionText.Paragraph> paragraphs,
            String missing) {
    }

    /** The appendix: its title, what it belongs to ("(Kèm theo Báo cáo số …)"), and the task groups. */
    record Appendix(String title, String belongsTo, List<AppendixGroup> groups) {
    }

    record Document(Letterhead letterhead, String numberLine, LocalDate issuedOn, String subject, List<Block> blocks,
            String closing, ReportSettings settings, Appendix appendix) {
    }

    private PeriodicReportDocx() {
    }

    static byte[] render(Document document) {
        OfficialDocx docx = new OfficialDocx();
        docx.letterhead(document.letterhead(), document.numberLine(), document.issuedOn());
        docx.title("BÁO CÁO", document.subject());
        for (Block block : document.blocks()) {
            heading(docx, block);
            // The samples set "- " and "+ " items at the body's own indent; the mark alone tells the level.
            for (ContributionText.Paragraph paragraph : block.paragraphs()) {
                docx.body(paragraph.text());
            }
            if (block.missing() != null) {
                XWPFParagraph p = docx.body();
                OfficialDocx.run(p, block.missing(), 14, false, true);
            }
        }
        docx.body(document.closing());
        ReportSettings settings = document.settings();
        docx.signature(settings.recipients(), settings.signerTitle(), settings.signerName());
        Appendix appendix = document.appendix();
        if (appendix != null) {
            docx.startLandscapeAppendix();
            docx.appendixTitle(appendix.title(), appendix.belongsTo());
            TaskReportDocx.appendixTable(docx, appendix.groups());
        }
        return docx.bytes();
    }

    /**
     * "Phần I" and its title each on a line, centred and bold; "A. KẾT QUẢ …" (sample 003's parts), "I. …", "1. …",
     * "a) …" bold at the body's indent (Phụ lục I, Mục II, ô 6). A section without a heading prints none.
     */
    private static void heading(OfficialDocx docx, Block block) {
        if (block.heading() == null || block.heading().isBlank()) {
            return;
        }
        if (block.depth() == 1 && !block.number().startsWith("Phần")) {
            docx.heading((block.number() + " " + Wording.upper(block.heading())).strip());
            return;
        }
        if (block.depth() == 1) {
            XWPFParagraph part = docx.document.createParagraph();
            OfficialDocx.centred(part, 240, 0);
            OfficialDocx.keepWithNext(part);
            OfficialDocx.run(part, block.number(), 14, true, false);
            XWPFParagraph title = docx.document.createParagraph();
            OfficialDocx.centred(title, 0, 120);
            OfficialDocx.keepWithNext(title);
            OfficialDocx.run(title, Wording.upper(block.heading()), 14, true, false);
            return;
        }
        String text = block.number().isEmpty() ? block.heading() : block.number() + " " + block.heading();
        docx.heading(text);
    }
}
