package vn.nhiemvu.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent to be saved, under its own (Vietnamese) name, and never kept by a cache: it is the agency's. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> attachment(String fileName, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
