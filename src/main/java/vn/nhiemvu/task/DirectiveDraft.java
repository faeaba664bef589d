package vn.nhiemvu.task;

import java.time.LocalDate;

/** What the office gives to register a directive; the issuer by id or, from the API, by name. */
public record DirectiveDraft(String reference, LocalDate issuedOn, Long issuerId, String issuerName, String kind,
        String summary, boolean issuedByAgency, LocalDate receivedOn) {
}
