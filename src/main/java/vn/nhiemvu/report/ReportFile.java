package vn.nhiemvu.report;

/** A document ready to download: its name (ASCII, for every browser), its type and its bytes. */
public record ReportFile(String fileName, String mediaType, byte[] content) {
}
