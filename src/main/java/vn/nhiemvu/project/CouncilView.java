package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.List;

/** A council of a project: kind, meeting date, establishing decision, members, conclusion and rating. */
public record CouncilView(long id, long projectId, CouncilKind kind, LocalDate meetingOn, String decisionNumber,
        String conclusion, String rating, boolean concluded, Long minutesDocumentId, int version,
        List<CouncilMemberView> members) {
}
