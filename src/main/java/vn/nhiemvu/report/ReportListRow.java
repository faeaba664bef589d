package vn.nhiemvu.report;

import java.time.LocalDate;

/** A periodic report in the list: what it is, where it stands, how many written sections were submitted. */
public record ReportListRow(long id, String templateName, String subject, String periodLabel, LocalDate asOf,
        ReportState state, String numberLine, LocalDate issuedOn, int submitted, int toWrite) {
}
