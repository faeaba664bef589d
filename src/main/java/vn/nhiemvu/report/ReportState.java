package vn.nhiemvu.report;

/** A periodic report is being written, or finalised: numbered, its DOCX kept, no longer editable. */
public enum ReportState {
    OPEN, FINAL
}
