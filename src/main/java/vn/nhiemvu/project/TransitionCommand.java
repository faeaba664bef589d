package vn.nhiemvu.project;

import java.time.LocalDate;

/**
 * A transition as the user asks for it: the event, its date (the document's when left empty), the document, and
 * what the guard of that event needs: a reason, the acceptance rating, the termination case, the facts it sets.
 */
public record TransitionCommand(LifecycleEvent event, LocalDate on, DocumentDraft document, String reason,
        String rating, TerminationCase terminationCase, ProjectChanges changes) {
}
