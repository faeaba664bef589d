package vn.nhiemvu.report;

/**
 * What a section of a periodic report holds: a heading over its sub-sections, text a unit writes, or a part the
 * system computes from the other modules' data. Labels are {@code report.section.kind.<NAME>} in the report bundle.
 */
public enum SectionKind {
    /** A title only ("Phần I …", "III. Hoạt động KH&CN"): its sub-sections hold the content. */
    HEADING,
    /** Written by a unit (or the office when none is named). */
    WRITTEN,
    /** Sample 000's figures sentence for the tasks of a set of issuers. */
    TASK_FIGURES,
    /** The appendix table of those tasks, on landscape pages after the signature. */
    TASK_APPENDIX,
    /** The documents the Department issued in the period (its own plans, notices, reports…). */
    ISSUED_DOCUMENTS,
    /** The S&T portfolio figures of the year (projects managed, contracts, acceptances). */
    PROJECT_FIGURES;

    public boolean computed() {
        return this != HEADING && this != WRITTEN;
    }

    public boolean usesIssuers() {
        return this == TASK_FIGURES || this == TASK_APPENDIX;
    }
}
