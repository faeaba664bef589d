package vn.nhiemvu.project;

import java.time.LocalDate;

/**
 * A document as the user gives it with a transition or an event (§3 van_ban[]): kind, number and symbol, date,
 * signer (the province's usual signer when left empty), summary, and an optional file.
 */
public record DocumentDraft(DocumentKind kind, String number, LocalDate date, String signer, String summary,
        UploadedFile file) {

    public boolean empty() {
        return kind == null && blank(number) && date == null && blank(signer) && blank(summary)
                && (file == null || !file.present());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
