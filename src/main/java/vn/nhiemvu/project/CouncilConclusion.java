package vn.nhiemvu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a council concluded: each member's vote or score, the conclusion, the rating (acceptance councils), and the
 * minutes (date, number, signer), which become a document of the project.
 */
public record CouncilConclusion(String conclusion, String rating, LocalDate minutesOn, String minutesNumber,
        String signer, List<Vote> votes) {

    /** One member's vote (a rating or "đồng ý") and score. */
    public record Vote(long memberId, String vote, BigDecimal score, String comment) {
    }
}
