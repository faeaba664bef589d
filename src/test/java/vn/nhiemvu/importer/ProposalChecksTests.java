package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The warnings a reviewer sees on a proposal (issue #6 §4). */
class ProposalChecksTests {

    private final TaskExtractor extractor = new TaskExtractor();

    @Test
    void warnsOfADirectiveDatedAfterItsOwnDeadline() {
        String text = """
                BÁO CÁO
                Kết quả quý I năm 2023

                Phụ lục
                TT\tSố/Ký hiệu VBCĐ\tNội dung công việc\tThời hạn\tTiến độ
                1\t6625/UBND-KGVX Ngày 31/12/2023\tBáo cáo tình hình thực hiện Chiến lược\t30/01/2023\tĐúng hạn
                2\t72/UBND-KGVX Ngày 05/01/2023\tBáo cáo kết quả thực hiện Đề án 996\t15/01/2023\tĐúng hạn
                """;

        Proposal proposal = extractor.extract(text);

        assertThat(proposal.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ImportWarning.Code.DIRECTIVE_AFTER_DEADLINE);
            assertThat(w.messageKey()).isEqualTo("importer.warning.directiveAfterDeadline");
            assertThat(w.arguments()).containsExactly("31/12/2023", "30/01/2023");
            assertThat(w.task()).isEqualTo(1);
        });
    }

    @Test
    void warnsOfADeadlineBeforeTheDocumentsDate() {
        String text = """
                Số: 12/KH-KHCN
                Bắc Giang, ngày 15 tháng 5 năm 2020
                KẾ HOẠCH
                Công tác tháng 5

                I. NHIỆM VỤ
                Giao Văn phòng Sở tổng hợp báo cáo trước ngày 10/4/2020.
                Giao Thanh tra Sở kiểm tra trước ngày 10/6/2020.
                """;

        Proposal proposal = extractor.extract(text);

        assertThat(proposal.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ImportWarning.Code.DEADLINE_BEFORE_DOCUMENT);
            assertThat(w.arguments()).containsExactly("10/04/2020", "15/05/2020");
            assertThat(w.task()).isEqualTo(1);
        });
    }

    @Test
    void warnsOfALeadThatIsNotAUnitOfTheDepartment() {
        String text = """
                KẾ HOẠCH
                Công tác năm 2024

                I. NHIỆM VỤ
                Giao Phòng Truyền thông xây dựng chuyên mục.
                """;

        assertThat(extractor.extract(text).warnings()).extracting(ImportWarning::code)
                .containsExactly(ImportWarning.Code.LEAD_NOT_FOUND);
    }

    @Test
    void warnsOfADocumentAlreadyImportedWhenTheCallerFindsItsHash() {
        Proposal proposal = extractor.extract("KẾ HOẠCH\nCông tác\n\nI. NHIỆM VỤ\nGiao Văn phòng Sở tổng hợp báo cáo.");

        Proposal again = proposal.withWarning(ImportWarning.alreadyImported("Kế hoạch số 12/KH-KHCN ngày 15/5/2020"));

        assertThat(again.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.ALREADY_IMPORTED);
        assertThat(again.warnings().get(0).arguments()).containsExactly("Kế hoạch số 12/KH-KHCN ngày 15/5/2020");
        assertThat(again.tasks()).isEqualTo(proposal.tasks());
    }
}
