package vn.nhiemvu.project;

/** A council member's seat: chủ tịch, phó chủ tịch, phản biện, ủy viên, thư ký khoa học. */
public enum CouncilRole {
    CHAIR, VICE_CHAIR, REVIEWER, MEMBER, SECRETARY
}
