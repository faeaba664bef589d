package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.Refused;

class OutlineTests {

    @Test
    void numbersPartsSectionsClausesAndPointsRestartingUnderEachParent() {
        List<Integer> depths = List.of(1, 2, 3, 3, 2, 3, 4, 4, 1, 3, 3);
        List<Boolean> numbered = List.of(true, true, false, true, true, true, true, true, true, true, true);
        assertThat(Outline.numbers(depths, numbered, Numbering.PARTS_ROMAN)).containsExactly("Phần I", "I.", "",
                "1.", "II.", "1.", "a)", "b)", "Phần II", "1.", "2.");
    }

    @Test
    void numbersTheAnnualReportAsSample002Does() {
        // PHẦN 1 / 1. Kết quả đạt được / 1.1. Công tác tham mưu / 1.2. … / 2. Đánh giá chung / PHẦN 2 / 1. / 2.
        List<Integer> depths = List.of(1, 2, 3, 3, 4, 2, 1, 2, 2, 3);
        List<Boolean> numbered = List.of(true, true, true, true, true, true, true, true, true, true);
        assertThat(Outline.numbers(depths, numbered, Numbering.PARTS_DECIMAL)).containsExactly("Phần 1", "1.", "1.1.",
                "1.2.", "1.2.1.", "2.", "Phần 2", "1.", "2.", "2.1.");
    }

    @Test
    void leavesNoZeroWhereADecimalLevelIsSkipped() {
        assertThat(Outline.numbers(List.of(1, 3, 3), List.of(true, true, true), Numbering.PARTS_DECIMAL))
                .containsExactly("Phần 1", "1.", "2.");
    }

    @Test
    void numbersTheSixMonthReportAsSample003Does() {
        // A. KẾT QUẢ THỰC HIỆN / I. … / II. … / 1. … / a) … / B. … / 1. …
        List<Integer> depths = List.of(1, 2, 2, 3, 4, 1, 3);
        List<Boolean> numbered = List.of(true, true, true, true, true, true, true);
        assertThat(Outline.numbers(depths, numbered, Numbering.LETTERS)).containsExactly("A.", "I.", "II.", "1.",
                "a)", "B.", "1.");
    }

    @Test
    void lettersOfPointsFollowTheVietnameseAlphabet() {
        assertThat(Outline.letter(4)).isEqualTo("d");
        assertThat(Outline.letter(5)).isEqualTo("đ");
        assertThat(Outline.letter(6)).isEqualTo("e");
    }

    @Test
    void movesASectionWithItsSubSectionsPastItsSibling() {
        // Phần I (I., 1.), Phần II (1.): Phần II moves up with its clause.
        List<Integer> depths = List.of(1, 2, 3, 1, 3);
        assertThat(Outline.moved(depths, 3, true)).containsExactly(3, 4, 0, 1, 2);
        assertThat(Outline.moved(depths, 0, false)).containsExactly(3, 4, 0, 1, 2);
    }

    @Test
    void refusesToMoveTheFirstUpOrTheLastDownAmongItsSiblings() {
        List<Integer> depths = List.of(1, 2, 2, 1);
        assertThatThrownBy(() -> Outline.moved(depths, 1, true)).isInstanceOf(Refused.class)
                .hasMessageContaining("report.template.section.first");
        assertThatThrownBy(() -> Outline.moved(depths, 2, false)).isInstanceOf(Refused.class)
                .hasMessageContaining("report.template.section.last");
        assertThat(Outline.blockEnd(depths, 0)).isEqualTo(3);
    }

    @Test
    void readsTheSamplesBulletLevelsAndDropsControlCharactersPastedFromWord() {
        String pasted = "Mở đầu\u000b-Tổ chức nghiệm thu\u0007 04 nhiệm vụ\r\n+  Nghị quyết của HĐND tỉnh\n\n\tKết luận";
        String clean = ContributionText.clean(pasted);
        assertThat(clean).doesNotContain("\u0007", "\u000b", "\r");
        assertThat(ContributionText.paragraphs(clean)).containsExactly(
                new ContributionText.Paragraph(0, "Mở đầu"),
                new ContributionText.Paragraph(1, "- Tổ chức nghiệm thu 04 nhiệm vụ"),
                new ContributionText.Paragraph(2, "+ Nghị quyết của HĐND tỉnh"),
                new ContributionText.Paragraph(0, "Kết luận"));
    }

    @Test
    void fillsThePeriodIntoATemplatesText() {
        assertThat(PeriodicReportService.fill("Kết quả công tác {kỳ}, nhiệm vụ công tác {kỳ sau}",
                ReportingPeriod.quarter(2023, 4))).isEqualTo(
                "Kết quả công tác quý IV năm 2023, nhiệm vụ công tác quý I năm 2024");
        assertThat(PeriodicReportService.fill("{năm}: {kỳ sau}", ReportingPeriod.firstHalf(2023)))
                .isEqualTo("2023: 6 tháng cuối năm 2023");
    }
}
