package vn.nhiemvu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.task.TaskSummary;

/**
 * The report on assigned tasks for a period (domain spec §2.7): the figures, as of the data cut-off, and the
 * appendix that lists every task in its group. What the DOCX, XLSX and PDF print and the page previews.
 *
 * @param letterhead what the header prints about the agency
 * @param period     the period and its data window (tasks assigned within it)
 * @param asOf       the date the statuses are judged on ("số liệu tính đến ngày")
 * @param issuedOn   the date of the document
 * @param issuerName who assigned the tasks (UBND tỉnh…), or null for every issuer
 * @param summary    the counts of the task module (a task split into sub-tasks counts once)
 * @param groups     I. completed, II. in progress, III. not started, and IV. paused or stopped when there are any
 */
public record TaskReport(Letterhead letterhead, ReportingPeriod period, LocalDate asOf, LocalDate issuedOn,
        String issuerName, TaskSummary summary, List<AppendixGroup> groups) {

    /** A group row of the appendix ("I", "ĐÃ THỰC HIỆN: 06 nhiệm vụ") and its rows, numbered from 1. */
    public record AppendixGroup(String numeral, String label, List<AppendixRow> rows) {
    }

    /**
     * One task as the appendix shows it: the columns of sample 000 (TT, Số/Ký hiệu VBCĐ, Nội dung công việc, Thời
     * hạn, Ngày hoàn thành, Tiến độ, Kết quả xử lý).
     *
     * @param deadline     the written date (dd/MM/yyyy) or the deadline's wording
     * @param deadlineDate the written date when the deadline is a date, for the spreadsheet
     */
    public record AppendixRow(int number, String directive, String content, String deadline, LocalDate deadlineDate,
            LocalDate completedOn, String progress, String result) {
    }

    /** "Kết quả thực hiện nhiệm vụ do UBND tỉnh giao quý I năm 2023". */
    public String subject() {
        return "Kết quả thực hiện nhiệm vụ " + assignedBy() + period.label();
    }

    /** "KẾT QUẢ THỰC HIỆN NHIỆM VỤ DO UBND TỈNH GIAO QUÝ I NĂM 2023". */
    public String appendixTitle() {
        return Wording.upper(subject());
    }

    private String assignedBy() {
        return issuerName == null ? "được giao " : "do " + issuerName + " giao ";
    }

    /** The paragraph before the figures. */
    public String opening() {
        return letterhead.agencyName() + " báo cáo kết quả thực hiện nhiệm vụ " + assignedBy() + period.label()
                + " (số liệu tính đến ngày " + Wording.date(asOf) + ") như sau:";
    }

    /** The figures sentence, word for word as sample 000 writes it (domain spec §2.7.2). */
    public List<String> figures() {
        List<String> lines = new ArrayList<>();
        lines.add("Tổng số: " + Wording.count(summary.total()) + " nhiệm vụ");
        lines.add("- Đã thực hiện (hoàn thành): " + Wording.count(summary.completedOnTime())
                + " nhiệm vụ, thực hiện chậm: " + Wording.count(summary.completedLate()) + ".");
        lines.add("- Đang thực hiện (trong hạn): " + Wording.count(summary.inProgressOnTime())
                + " nhiệm vụ; quá hạn: " + Wording.count(summary.inProgressOverdue()) + " nhiệm vụ.");
        lines.add("- Chưa thực hiện: " + Wording.count(summary.notStarted()) + " nhiệm vụ.");
        if (summary.paused() + summary.stopped() > 0) {
            lines.add("- Tạm dừng: " + Wording.count(summary.paused()) + " nhiệm vụ; dừng thực hiện: "
                    + Wording.count(summary.stopped()) + " nhiệm vụ (không tính vào tổng số).");
        }
        lines.add("(Có phụ lục chi tiết các nhiệm vụ gửi kèm theo).");
        return lines;
    }

    public String closing() {
        return "Trên đây là báo cáo kết quả thực hiện nhiệm vụ " + assignedBy() + period.label() + " của "
                + letterhead.agencyName() + "./.";
    }

    /** "(Kèm theo Báo cáo số      /BC-KHCN ngày 15/03/2023 của Sở Khoa học và Công nghệ)". */
    public String appendixBelongsTo() {
        return "(Kèm theo Báo cáo số        /" + letterhead.symbol("BC") + " ngày " + Wording.date(issuedOn) + " của "
                + letterhead.agencyName() + ")";
    }

    public int rowCount() {
        return groups.stream().mapToInt(group -> group.rows().size()).sum();
    }
}
