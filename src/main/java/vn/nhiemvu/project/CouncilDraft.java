package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.List;

/** A council as it is set up: kind, meeting date, the decision establishing it, and its members. */
public record CouncilDraft(CouncilKind kind, LocalDate meetingOn, String decisionNumber, List<MemberDraft> members) {

    /** A member: name, học hàm / học vị, organisation, seat. */
    public record MemberDraft(String name, String title, String organisation, CouncilRole role) {
    }
}
