package vn.nhiemvu.project;

/** A file as a user uploads it with a document, before it is checked. */
public record UploadedFile(String fileName, byte[] content) {

    public boolean present() {
        return fileName != null && !fileName.isBlank() && content != null && content.length > 0;
    }
}
