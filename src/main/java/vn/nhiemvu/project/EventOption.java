package vn.nhiemvu.project;

import java.util.List;

/** A transition the project may take now, with the documents that may record it (the usual one first). */
public record EventOption(LifecycleEvent event, List<DocumentKind> documents, boolean documentRequired) {
}
