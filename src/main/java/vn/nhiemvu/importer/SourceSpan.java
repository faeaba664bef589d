package vn.nhiemvu.importer;

/** Where a task sits in the extracted text: character offsets, start inclusive, end exclusive. */
public record SourceSpan(int start, int end) {
}
