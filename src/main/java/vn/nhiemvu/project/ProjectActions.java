package vn.nhiemvu.project;

/** What the signed-in user may do with a project: change it (transitions, events, councils), reopen it. */
public record ProjectActions(boolean change, boolean reopen) {
}
