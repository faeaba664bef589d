package vn.nhiemvu.project;

import java.util.List;
import java.util.Set;

/**
 * One row of the transition table (§4.2): the event, the states it may happen in, the state it leads to (and the
 * outcome when that is {@code DONG}), the documents that may record it (the first is the usual one) and its guard.
 *
 * @param documentRequired whether a document must be given ({@code END_TERM} happens by itself)
 */
record Transition(LifecycleEvent event, Set<ProjectState> from, ProjectState to, Outcome outcome,
        List<DocumentKind> documents, boolean documentRequired, Guard guard) {

    boolean allowedFrom(ProjectState state) {
        return from.contains(state);
    }

    DocumentKind usualDocument() {
        return documents.isEmpty() ? null : documents.get(0);
    }
}
