package vn.nhiemvu.report;

/**
 * A PDF cannot be made now: LibreOffice is not installed, or a conversion failed or took too long. The API answers
 * 503 with the reason in Vietnamese; the page says so and offers the DOCX.
 */
public class PdfUnavailable extends RuntimeException {

    private final String messageKey;

    public PdfUnavailable(String messageKey, String detail, Throwable cause) {
        super(messageKey + ": " + detail, cause);
        this.messageKey = messageKey;
    }

    /** "report.pdf.missing", "report.pdf.failed" or "report.pdf.timeout", in the report bundle. */
    public String messageKey() {
        return messageKey;
    }
}
