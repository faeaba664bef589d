package vn.nhiemvu.project;

import java.util.List;

/** An event the project may record in its state, with the documents that may record it. */
public record ActivityOption(ActivityKind kind, List<DocumentKind> documents, boolean documentRequired) {
}
