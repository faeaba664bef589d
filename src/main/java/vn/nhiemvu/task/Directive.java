package vn.nhiemvu.task;

import java.time.LocalDate;

/**
 * A directive document (văn bản chỉ đạo) that assigns tasks, as pages and the API see it.
 *
 * @param reference      "6447/UBND-NC"
 * @param kind           the type abbreviation of NĐ 30/2020 Phụ lục III (CV for a công văn, which has none)
 * @param issuedByAgency the Department's own plan or meeting conclusion
 */
public record Directive(long id, String reference, LocalDate issuedOn, long issuerId, String issuerName, String kind,
        String summary, boolean issuedByAgency, LocalDate receivedOn, Long attachmentId, String attachmentName,
        int taskCount, int version) {

    /** "6447/UBND-NC ngày 24/12/2022", the display form of the domain spec §2.2. */
    public String citation() {
        return reference + " ngày " + Dates.format(issuedOn);
    }
}
