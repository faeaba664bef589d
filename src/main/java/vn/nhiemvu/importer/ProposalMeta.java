package vn.nhiemvu.importer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The document's metadata as GOLD-FORMAT.md §1.1 defines it, plus the recipients of its "Nơi nhận" list.
 * Values are as written; {@code date} is as precise as written ("2023-03" when the day is blank).
 */
public record ProposalMeta(
        String kind,
        String symbol,
        String number,
        String place,
        String date,
        String issuer,
        String province,
        String addressee,
        String signer,
        @JsonProperty("signer_title") String signerTitle,
        @JsonProperty("signature_block") String signatureBlock,
        String title,
        String subject,
        @JsonProperty("source_document") String sourceDocument,
        boolean partial,
        List<String> recipients) {

    public ProposalMeta {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
