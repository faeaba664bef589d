package vn.nhiemvu.project;

/** A stored file of a document, for download. */
public record StoredFile(long id, String fileName, String contentType, byte[] content) {
}
