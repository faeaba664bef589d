package vn.nhiemvu.project;

import java.util.List;

/**
 * Where a transition left the project; for a project the Department only co-manages, the guards that failed are
 * recorded as warnings instead of refusing (§4.2).
 */
public record TransitionResult(long eventId, ProjectState state, Outcome outcome, List<String> warnings) {
}
