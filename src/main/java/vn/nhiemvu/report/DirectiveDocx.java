package vn.nhiemvu.report;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import vn.nhiemvu.report.DirectiveDocument.PlannedTask;
import vn.nhiemvu.report.DirectiveDocument.UnitTasks;

/**
 * A notice (TB) or a plan (KH) of the Department as a Word file, laid out as samples 001 and 004: a numbered part
 * per lead unit ("1. Đối với …" in a notice, "1. Giao …" in a plan), a bullet per task, and each task's deadline
 * in bold italics after it, as the samples set it ("***Thời gian hoàn thành trước ngày 15/6/2020.***").
 */
final class DirectiveDocx {

    private DirectiveDocx() {
    }

    static byte[] render(DirectiveDocument document) {
        OfficialDocx docx = new OfficialDocx();
        Letterhead letterhead = document.letterhead();
        docx.letterhead(letterhead, "Số: " + document.reference(), document.issuedOn());
        docx.title(document.type().title(), document.summary());
        String agency = letterhead.agencyName();
        if (document.type() == DirectiveDocument.Type.TB) {
            docx.body(agency + " thông báo " + Wording.continuing(document.summary()) + " như sau:");
            units(docx, document.units(), "Đối với ", 1);
            docx.body(agency + " thông báo để các phòng, đơn vị biết, tổ chức thực hiện./.");
        } else {
            docx.body(agency + " xây dựng Kế hoạch " + Wording.continuing(document.summary()) + " như sau:");
            docx.heading("I. MỤC ĐÍCH, YÊU CẦU");
            docx.heading("1. Mục đích");
            docx.body("Triển khai thực hiện nghiêm túc, kịp thời và có hiệu quả các nhiệm vụ; phân công rõ đơn vị "
                    + "chủ trì, đơn vị phối hợp và thời hạn hoàn thành từng nhiệm vụ.");
            docx.heading("2. Yêu cầu");
            docx.body("Các phòng, đơn vị được giao nhiệm vụ chủ động triển khai, bảo đảm chất lượng và đúng thời hạn; "
                    + "thường xuyên báo cáo tiến độ thực hiện để tổng hợp, báo cáo lãnh đạo Sở.");
            docx.heading("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN");
            units(docx, document.units(), "Giao ", 1);
            docx.heading("III. TỔ CHỨC THỰC HIỆN");
            docx.body("Các phòng, đơn vị trực thuộc Sở nghiêm túc thực hiện, có trách nhiệm phối hợp chặt chẽ triển "
                    + "khai có hiệu quả Kế hoạch này. Trong quá trình thực hiện có khó khăn, vướng mắc kịp thời báo "
                    + "cáo lãnh đạo Sở để xem xét, giải quyết./.");
        }
        docx.signature(List.of("- Lãnh đạo Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."),
                List.of("GIÁM ĐỐC"), null);
        return docx.bytes();
    }

    private static void units(OfficialDocx docx, List<UnitTasks> units, String lead, int first) {
        int number = first;
        for (UnitTasks unit : units) {
            docx.heading(number++ + ". " + lead + unit.unitName());
            for (PlannedTask task : unit.tasks()) {
                XWPFParagraph p = docx.body();
                String content = task.content().strip();
                if (!task.supportUnits().isEmpty()) {
                    content = strip(content) + " (phối hợp: " + String.join(", ", task.supportUnits()) + ")";
                }
                OfficialDocx.run(p, "- " + Wording.sentence(content), 14, false, false);
                if (task.deadline() != null) {
                    OfficialDocx.run(p, " ", 14, false, false);
                    OfficialDocx.run(p, task.deadline(), 14, true, true);
                }
            }
        }
    }

    private static String strip(String text) {
        String clean = text.strip();
        while (!clean.isEmpty() && ".;".indexOf(clean.charAt(clean.length() - 1)) >= 0) {
            clean = clean.substring(0, clean.length() - 1).strip();
        }
        return clean;
    }
}
