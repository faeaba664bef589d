package vn.nhiemvu.project;

import java.time.LocalDate;

/** A council rated a project as passing (§4.4): registration of its results is due within 30 days. */
public record ProjectAccepted(long projectId, long agencyId, String rating, LocalDate acceptedOn) {
}
