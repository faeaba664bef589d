package vn.nhiemvu.report.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.nhiemvu.report.ReportFile;
import vn.nhiemvu.shared.Refused;

/** A generated file as a download, and the ISO dates of query parameters read with a Vietnamese refusal. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(ReportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
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
