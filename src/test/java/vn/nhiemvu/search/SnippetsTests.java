package vn.nhiemvu.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    @Test
    void foldsVietnameseLetterForLetter() {
        assertThat(Snippets.fold("Đồng hồ đo NƯỚC")).isEqualTo("dong ho do nuoc");
        assertThat(Snippets.fold("Ỷ LẠI, ƯỚC LƯỢNG – Ứng dụng № 5")).isEqualTo("y lai, uoc luong – ung dung № 5");
    }

    @Test
    void marksWholeWordsOnlyWhateverTheirDiacritics() {
        assertThat(Snippets.segments("Kế hoạch thực hiện thủ tục", List.of("thu", "tuc")))
                .containsExactly(new Snippets.Segment("Kế hoạch thực hiện ", false),
                        new Snippets.Segment("thủ", true), new Snippets.Segment(" ", false),
                        new Snippets.Segment("tục", true));
    }

    @Test
    void cutsALongTextAroundTheFirstMatch() {
        String text = "Mở đầu. ".repeat(40) + "Nghiệm thu đề tài vải thiều" + " Kết thúc.".repeat(40);
        String snippet = Snippets.around(text, List.of("vai", "thieu"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("vải thiều").hasSizeLessThanOrEqualTo(Snippets.WIDTH + 2);
    }
}
