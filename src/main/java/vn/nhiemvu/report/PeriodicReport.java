package vn.nhiemvu.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A periodic report: made from a template for a period, written by the units section by section, then finalised
 * (numbered, its DOCX kept, locked).
 *
 * @param subject the trích yếu, the template's with the period put in
 * @param asOf    the date the computed figures are judged on (the period's data cut-off unless chosen)
 * @param number  its number among the agency's reports of the year, given when finalised
 */
public record PeriodicReport(long id, long templateId, String templateName, String subject, ReportingPeriod period,
        LocalDate asOf, ReportState state, Integer number, LocalDate issuedOn, OffsetDateTime finalAt, String finalBy,
        String createdBy, OffsetDateTime createdAt, int version, List<Section> sections) {

    /**
     * A section of the report and its contribution.
     *
     * @param editable whether the user who asked may write it now
     */
    public record Section(long id, int position, int depth, String number, String heading, SectionKind kind,
            Long unitId, String unitName, String prompt, List<String> issuers, String body, ContributionState state,
            String updatedBy, OffsetDateTime updatedAt, String submittedBy, OffsetDateTime submittedAt, int version,
            boolean editable) {

        public boolean written() {
            return kind == SectionKind.WRITTEN;
        }

        /** The text's paragraphs as the report prints them, "- " and "+ " items included. */
        public List<String> lines() {
            return ContributionText.paragraphs(body).stream().map(ContributionText.Paragraph::text).toList();
        }
    }

    public boolean finalised() {
        return state == ReportState.FINAL;
    }

    /** The units that have a written section not yet submitted, each once, in the order of their first section. */
    public List<UnitDue> unitsDue() {
        java.util.Map<Long, UnitDue> due = new java.util.LinkedHashMap<>();
        for (Section section : sections) {
            if (section.written() && section.unitId() != null && section.state() != ContributionState.SUBMITTED) {
                due.merge(section.unitId(), new UnitDue(section.unitId(), section.unitName(), 1),
                        (a, b) -> new UnitDue(a.unitId(), a.unitName(), a.sections() + 1));
            }
        }
        return List.copyOf(due.values());
    }

    /** A unit that still owes this many sections. */
    public record UnitDue(long unitId, String unitName, int sections) {
    }
}
