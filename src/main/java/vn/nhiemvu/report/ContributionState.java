package vn.nhiemvu.report;

/** Where a unit's part of a report stands: chưa viết, nháp, đã nộp ({@code report.contribution.state.<NAME>}). */
public enum ContributionState {
    EMPTY, DRAFT, SUBMITTED
}
