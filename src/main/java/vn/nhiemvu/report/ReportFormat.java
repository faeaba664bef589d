package vn.nhiemvu.report;

import java.util.Locale;

import vn.nhiemvu.shared.Refused;

/** The files a report comes as. */
public enum ReportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "docx", "DOCX"; anything else is refused with the formats there are. */
    public static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            throw Refused.invalid("report.format.required");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.invalid("report.format.unknown", value.strip());
        }
    }
}
