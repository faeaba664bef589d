package vn.nhiemvu.report.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.ResponseEntity;

import vn.nhiemvu.report.ReportFile;
import vn.nhiemvu.shared.Refused;

/** A generated file as a download, and the ISO dates of query parameters read with a Vietnamese refusal. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(ReportFile file) {
        return vn.nhiemvu.web.Downloads.attachment(file.fileName(), file.mediaType(), file.content());
    }

    /** "2023-03-14"; blank is none; anything else is refused naming the parameter. */
    static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refused.invalid("report.date.invalid", parameter, value.strip());
        }
    }
}
