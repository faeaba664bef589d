package vn.nhiemvu.task;

/** A stored file: a directive's text, a progress report, a result document. */
public record Attachment(long id, String fileName, String contentType, byte[] content) {
}
