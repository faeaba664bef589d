package vn.nhiemvu.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A recorded document of a project, with its file when one was attached. */
public record DocumentView(long id, DocumentKind kind, String number, LocalDate issuedOn, String signer,
        String summary, Long fileId, String fileName, String recordedBy, OffsetDateTime recordedAt) {
}
