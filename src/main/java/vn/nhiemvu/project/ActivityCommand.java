package vn.nhiemvu.project;

import java.time.LocalDate;

/**
 * An event during execution or after acceptance (§4.3–4.5): its kind and date (the document's when left empty),
 * the document, and what the kind needs — an amount (disbursement, refund, settlement), a new date (extension, with
 * the date it was requested), a new principal investigator, host or partners, a note or reason, a number of
 * recipients (transfer).
 */
public record ActivityCommand(ActivityKind kind, LocalDate on, DocumentDraft document, Long amount, LocalDate newDate,
        LocalDate requestedOn, String note, String reason, Investigator investigator, Long hostId, String hostName,
        String partners, Integer quantity) {
}
