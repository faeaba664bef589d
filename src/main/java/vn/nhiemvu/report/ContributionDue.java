package vn.nhiemvu.report;

/** A section a unit has to write ("Báo cáo cần viết"), in a report still open. */
public record ContributionDue(long reportId, String subject, String periodLabel, long sectionId, String number,
        String heading, ContributionState state) {
}
