package vn.nhiemvu.report;

import java.util.List;

/**
 * A template section as an administrator or the office writes it.
 *
 * @param depth   1 "Phần", 2 "I.", 3 "1.", 4 "a)"
 * @param heading its title; empty for a part that continues its parent without a number
 * @param unitId  who writes a written section (null: the office)
 * @param issuers whose tasks a task section counts; empty: every issuer
 */
public record TemplateSectionDraft(int depth, String heading, SectionKind kind, Long unitId, String prompt,
        List<String> issuers) {
}
