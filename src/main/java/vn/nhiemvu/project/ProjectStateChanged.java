package vn.nhiemvu.project;

import java.time.LocalDate;

/** A project moved from one state to another (§4.2). */
public record ProjectStateChanged(long projectId, long agencyId, ProjectState from, ProjectState to, Outcome outcome,
        LocalDate on) {
}
