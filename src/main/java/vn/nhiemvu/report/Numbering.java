package vn.nhiemvu.report;

/**
 * How a report numbers its sections. NĐ 30/2020 (Phụ lục I) names the levels phần, mục, khoản, điểm; the
 * Departments' reports write them in one of these styles. Labels: {@code report.numbering.<NAME>}.
 */
public enum Numbering {
    /** Phần I, I., 1., a): sample 000. */
    PARTS_ROMAN,
    /** Phần 1, 1., 1.1., 1.1.1.: sample 002. */
    PARTS_DECIMAL,
    /** A., I., 1., a): sample 003. */
    LETTERS
}
