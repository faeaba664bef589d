package vn.nhiemvu.project;

import java.time.LocalDate;

/** A council on the calendar: when it meets, what it advises on, how many members it has and the project it is for. */
public record CouncilMeeting(long councilId, long projectId, String projectCode, String projectName, CouncilKind kind,
        LocalDate meetingOn, String decisionNumber, int members, boolean concluded, String rating) {
}
