package vn.nhiemvu.report;

import java.util.List;

/**
 * The office or a leader reminded a unit to write its parts of a periodic report ("Nhắc").
 *
 * @param sections the headings of the unit's sections not yet submitted
 */
public record ReportContributionReminded(long agencyId, long reportId, long unitId, String unitName, String subject,
        List<String> sections, String remindedBy) {
}
