package vn.nhiemvu.report;

import java.util.List;

/**
 * A template of periodic reports: its name, the trích yếu of the reports made from it ({kỳ}, {kỳ sau} and {năm}
 * stand for the period), the period kind it is usually made for, and its numbered sections in reading order.
 */
public record ReportTemplate(long id, String code, String name, String subject, ReportingPeriod.Kind periodKind,
        Numbering numbering, int version, List<Section> sections) {

    /**
     * A section of the template.
     *
     * @param number   "Phần I", "II.", "3.", "b)", or "" for a section that continues its parent (no heading) or the
     *                 appendix, which stands after the signature
     * @param unitId   who writes a written section; null: the office
     * @param issuers  whose tasks a task section counts (names); empty: every issuer
     */
    public record Section(long id, int position, int depth, String number, String heading, SectionKind kind,
            Long unitId, String unitName, String prompt, List<String> issuers) {
    }
}
