package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.task.DeadlineKind;

/** The shapes of documents the extractor understands, and the metadata it reads (GOLD-FORMAT.md §1, §2). */
class TaskExtractorTests {

    private final TaskExtractor extractor = new TaskExtractor();

    private static final String PLAN = """
            Số:      /KH-KHCN

            Hải Dương, ngày    tháng 5 năm 2020

            KẾ HOẠCH

            Triển khai thực hiện Kết luận của Chủ tịch UBND tỉnh

            Sở Khoa học và Công nghệ xây dựng kế hoạch triển khai như sau:

            I. MỤC ĐÍCH - YÊU CẦU

            Nâng cao nhận thức, trách nhiệm của cán bộ, công chức.

            II. NHIỆM VỤ VÀ GIẢI PHÁP

            1. Nâng cao năng lực quản lý nhà nước

            Rà soát lại chức năng, nhiệm vụ quản lý nhà nước của Sở. Thời gian hoàn thành trước ngày 10/6/2020.

            Giao Thanh tra Sở chủ trì, phối hợp với các phòng, đơn vị trực thuộc Sở tăng cường công tác thanh tra. Thực hiện nhiệm vụ thường xuyên hàng năm.

            2. Phân công thực hiện một số kiến nghị

            2.1. Giao Phòng Kế hoạch Tài chính

            Chủ trì, tham mưu lãnh đạo Sở đề xuất bổ sung 02 nhiệm vụ, cụ thể:

            - “Nghiên cứu đánh giá trình độ công nghệ các doanh nghiệp”.

            - “Ứng dụng công nghệ xây dựng chuỗi liên kết sản xuất lúa gạo”.

            Chủ trì, tổng hợp dự toán kinh phí năm 2021. Thực hiện trong năm 2020.

            III. TỔ CHỨC THỰC HIỆN

            Các phòng, đơn vị trực thuộc Sở nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc kịp thời báo cáo lãnh đạo Sở để xem xét, giải quyết./.

            Nơi nhận:
            - UBND tỉnh (b/c);
            - Lưu: VT, KHTC.

            KT. GIÁM ĐỐC
            PHÓ GIÁM ĐỐC

            Nguyễn Văn An
            """;

    @Test
    void readsThePlansTaskParagraphsAndNotItsObjectivesObjectsOrClosingFormula() {
        Proposal proposal = extractor.extract(PLAN);

        assertThat(proposal.tasks()).extracting(ProposedTask::lead).containsExactly(null, "Thanh tra Sở",
                "Phòng Kế hoạch Tài chính", "Phòng Kế hoạch Tài chính");
        ProposedTask first = proposal.tasks().get(0);
        assertThat(first.section()).isEqualTo("II. NHIỆM VỤ VÀ GIẢI PHÁP > 1. Nâng cao năng lực quản lý nhà nước");
        assertThat(first.deadline().value()).isEqualTo("2020-06-10");
        ProposedTask second = proposal.tasks().get(1);
        assertThat(second.leadCanonical()).isEqualTo("Thanh tra Sở");
        assertThat(second.support()).containsExactly("các phòng, đơn vị trực thuộc Sở");
        assertThat(second.supportCanonical()).containsExactly("Các phòng, đơn vị thuộc Sở");
        assertThat(second.content()).startsWith("tăng cường công tác thanh tra");
        assertThat(second.deadline().kind()).isEqualTo(DeadlineKind.RECURRING);
        assertThat(proposal.tasks().get(2).content()).startsWith("tham mưu lãnh đạo Sở đề xuất bổ sung 02 nhiệm vụ");
        assertThat(proposal.tasks().get(2).leadCanonical()).isEqualTo("Phòng Kế hoạch - Tài chính");
        assertThat(proposal.tasks().get(3).deadline().value()).isEqualTo("2020");
        assertThat(proposal.tasks()).allSatisfy(t -> assertThat(t.assigner()).isEqualTo("Sở Khoa học và Công nghệ"));
    }

    @Test
    void readsTheMetadataOfTheHeaderAndTheSignature() {
        ProposalMeta meta = extractor.extract(PLAN).meta();

        assertThat(meta.kind()).isEqualTo("KH");
        assertThat(meta.symbol()).isEqualTo("KH-KHCN");
        assertThat(meta.number()).isNull();
        assertThat(meta.place()).isEqualTo("Hải Dương");
        assertThat(meta.date()).isEqualTo("2020-05");
        assertThat(meta.province()).isEqualTo("Hải Dương");
        assertThat(meta.issuer()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(meta.title()).isEqualTo("Kế hoạch Triển khai thực hiện Kết luận của Chủ tịch UBND tỉnh");
        assertThat(meta.subject()).isEqualTo("Triển khai thực hiện Kết luận của Chủ tịch UBND tỉnh");
        assertThat(meta.signer()).isEqualTo("Nguyễn Văn An");
        assertThat(meta.signerTitle()).isEqualTo("PHÓ GIÁM ĐỐC");
        assertThat(meta.signatureBlock()).isEqualTo("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC");
        assertThat(meta.recipients()).containsExactly("UBND tỉnh (b/c)", "Lưu: VT, KHTC");
    }

    @Test
    void readsTheSectionsOfAConclusionWithTheirBullets() {
        String text = """
                Số: 12/TB-KHCN
                Lào Cai, ngày 06 tháng 5 năm 2024

                THÔNG BÁO
                Kết luận của Giám đốc Sở tại buổi giao ban tháng 5 năm 2024

                Giám đốc Sở kết luận như sau:

                1. Đối với Văn phòng Sở
                - Tham mưu kiện toàn chức danh Chánh Văn phòng Sở.
                - Phối hợp với Phòng Quản lý khoa học, Thanh tra Sở rà soát lại thẩm quyền phê duyệt mua sắm.
                2. Đối với nội dung tham dự Hội nghị thanh tra toàn quốc
                - Giao đồng chí Nguyễn Ngọc Hào chủ trì, phối hợp với Văn phòng Sở chuẩn bị công tác nội vụ của đoàn.
                - Thực hiện nghiêm túc Kế hoạch số 65/KH-KHCN ngày 22/4/2024 của Sở.
                3. Yêu cầu Ban chấp hành Công đoàn chuẩn bị các điều kiện chu đáo cho kỳ nghỉ mát.

                Thừa lệnh Giám đốc Sở, Văn phòng Sở thông báo để các phòng, đơn vị biết, thực hiện./.
                """;

        List<ProposedTask> tasks = extractor.extract(text).tasks();

        assertThat(tasks).extracting(ProposedTask::leadCanonical).containsExactly("Văn phòng Sở", "Văn phòng Sở",
                "Cá nhân: Nguyễn Ngọc Hào", null, "Công đoàn Sở");
        assertThat(tasks.get(1).support()).containsExactly("Phòng Quản lý khoa học", "Thanh tra Sở");
        assertThat(tasks.get(1).content()).startsWith("rà soát lại thẩm quyền");
        assertThat(tasks.get(2).assignee()).isEqualTo("Nguyễn Ngọc Hào");
        assertThat(tasks.get(3).deadline().isNone()).isTrue();
        assertThat(tasks.get(4).section()).isNull();
        assertThat(tasks).allSatisfy(t -> assertThat(t.assigner()).isEqualTo("Giám đốc Sở"));
    }

    @Test
    void readsAReportsTableOfAssignedTasksAndItsNextPeriodItems() {
        String text = """
                Số: 06/BC-KHCN
                Bắc Ninh, ngày 20 tháng 3 năm 2023

                BÁO CÁO
                Kết quả công tác quý I, nhiệm vụ công tác quý II năm 2023

                I. KẾT QUẢ CÔNG TÁC QUÝ I
                - Tổ chức nghiệm thu 04 nhiệm vụ khoa học và công nghệ.

                II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II
                - Hướng dẫn tổ chức, cá nhân về tiêu chuẩn, mã số mã vạch khi có yêu cầu.
                - Trung tâm Ứng dụng tiến bộ KH&CN tiến hành các nhiệm vụ thường xuyên theo chức năng.

                Nơi nhận:
                - UBND tỉnh;
                - Lưu: VT.

                GIÁM ĐỐC
                Nguyễn Thanh Bình

                Phụ lục
                BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ DO UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO QUÝ I NĂM 2023

                TT\tSố/Ký hiệu VBCĐ\tNội dung công việc\tThời hạn\tNgày hoàn thành\tTiến độ\tKết quả xử lý
                I\tĐÃ THỰC HIỆN: 01 nhiệm vụ\t\t\t\t\t
                1\t6625/UBND-KGVX Ngày 31/12/2023\tBáo cáo tình hình thực hiện Chiến lược Sở hữu trí tuệ\t30/01/2023\t30/01/2023\tĐúng hạn\tBáo cáo số 15/BC-KHCN Ngày 30/01/2023
                """;

        Proposal proposal = extractor.extract(text);

        assertThat(proposal.tasks()).hasSize(3);
        ProposedTask event = proposal.tasks().get(0);
        assertThat(event.period()).isEqualTo("2023-Q2");
        assertThat(event.lead()).isNull();
        assertThat(event.deadline().kind()).isEqualTo(DeadlineKind.ON_EVENT);
        ProposedTask centre = proposal.tasks().get(1);
        assertThat(centre.leadCanonical()).isEqualTo("Trung tâm Ứng dụng KH&CN");
        assertThat(centre.deadline().isNone()).isTrue();
        ProposedTask row = proposal.tasks().get(2);
        assertThat(row.section()).isEqualTo("Phụ lục > I ĐÃ THỰC HIỆN: 01 nhiệm vụ");
        assertThat(row.sourceRef()).isEqualTo("6625/UBND-KGVX Ngày 31/12/2023");
        assertThat(row.deadline().value()).isEqualTo("2023-01-30");
        assertThat(row.completed()).isEqualTo("2023-01-30");
        assertThat(row.status()).isEqualTo("Đúng hạn");
        assertThat(row.result()).isEqualTo("Báo cáo số 15/BC-KHCN Ngày 30/01/2023");
        assertThat(row.assigner()).isEqualTo("UBND tỉnh, Chủ tịch UBND tỉnh");
        assertThat(proposal.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo(ImportWarning.Code.DIRECTIVE_AFTER_DEADLINE);
            assertThat(w.task()).isEqualTo(3);
        });
    }

    @Test
    void readsAPlansLabelledFieldsAsOneTask() {
        String text = """
                Số: 125/KH-SKHCN
                Thái Nguyên, ngày 05 tháng 4 năm 2024
                KẾ HOẠCH
                Chuyển đổi số năm 2024

                II. NHIỆM VỤ CỤ THỂ
                1. Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh
                - Cơ quan chủ trì: Phòng Quản lý khoa học, Văn phòng Sở
                - Cơ quan phối hợp: Trung tâm Thông tin và Thống kê KH&CN
                - Thời gian hoàn thành: Quý III/2024
                - Sản phẩm: Cơ sở dữ liệu được vận hành
                """;

        assertThat(extractor.extract(text).tasks()).singleElement().satisfies(task -> {
            assertThat(task.content()).isEqualTo("Xây dựng cơ sở dữ liệu nhiệm vụ khoa học và công nghệ của tỉnh");
            assertThat(task.lead()).isEqualTo("Phòng Quản lý khoa học");
            assertThat(task.coLeads()).containsExactly("Văn phòng Sở");
            assertThat(task.support()).containsExactly("Trung tâm Thông tin và Thống kê KH&CN");
            assertThat(task.deadline().value()).isEqualTo("2024-Q3");
        });
    }

    @Test
    void readsTheAssignmentsOfAPressArticleAndIgnoresTheWebPageAroundIt() {
        String text = """
                Trang chủ > Tin tức > Chỉ đạo điều hành
                Chủ tịch UBND tỉnh chỉ đạo đẩy mạnh ứng dụng khoa học công nghệ
                Thứ Hai, 27/11/2023 10:30
                Lượt xem: 1234
                Ngày 23/11/2023, UBND tỉnh có Công văn số 6202/UBND-KT, ngày 23/11/2023 về ứng dụng khoa học và công nghệ.
                Theo đó, Chủ tịch UBND tỉnh yêu cầu Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn rà soát các nhiệm vụ, hoàn thành trước ngày 31/12/2023. Giao Sở Tài chính tham mưu bố trí kinh phí.
                Chia sẻ: Facebook Zalo
                """;

        Proposal proposal = extractor.extract(text);

        assertThat(proposal.meta().kind()).isEqualTo("TIN");
        assertThat(proposal.meta().title()).isEqualTo("Chủ tịch UBND tỉnh chỉ đạo đẩy mạnh ứng dụng khoa học công nghệ");
        assertThat(proposal.meta().sourceDocument()).isEqualTo("Công văn số 6202/UBND-KT, ngày 23/11/2023");
        assertThat(proposal.meta().date()).isEqualTo("2023-11-27");
        assertThat(proposal.tasks()).extracting(ProposedTask::lead).containsExactly("Sở Khoa học và Công nghệ", "Sở Tài chính");
        assertThat(proposal.tasks().get(0).content()).startsWith("rà soát các nhiệm vụ");
        assertThat(proposal.tasks().get(0).deadline().value()).isEqualTo("2023-12-31");
    }

    @Test
    void answersAnEmptyProposalForTextWithoutTasks() {
        Proposal proposal = extractor.extract("Hôm nay trời đẹp. Cán bộ đi làm đúng giờ.");

        assertThat(proposal.isEmpty()).isTrue();
        assertThat(proposal.warnings()).extracting(ImportWarning::code).containsExactly(ImportWarning.Code.NO_TASKS);
        assertThat(extractor.extract("").isEmpty()).isTrue();
    }

    @Test
    void locatesEachTaskInTheText() {
        Proposal proposal = extractor.extract(PLAN);

        for (ProposedTask task : proposal.tasks()) {
            String located = PLAN.substring(task.span().start(), task.span().end());
            assertThat(Fold.key(located)).contains(Fold.key(task.content()).substring(0, 20));
        }
    }

    @Test
    void flagsALeadThatMatchesNoUnitOfTheAgency() {
        String text = """
                KẾ HOẠCH
                Công tác năm 2024

                I. NHIỆM VỤ
                Giao Văn phòng Sở tổng hợp báo cáo năm.
                Giao Phòng Truyền thông xây dựng chuyên mục.
                """;
        List<AgencyUnit> units = List.of(new AgencyUnit("VP", "Văn phòng"));

        Proposal proposal = extractor.extract(text, units);

        assertThat(proposal.tasks()).extracting(ProposedTask::leadMatched).containsExactly(true, false);
        assertThat(proposal.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(ImportWarning.Code.LEAD_NOT_FOUND);
            assertThat(w.arguments()).containsExactly("Phòng Truyền thông");
            assertThat(w.task()).isEqualTo(2);
        });
    }

    @Test
    void givesTheSameTextTheSameContentHash() {
        String hash = extractor.extract(PLAN).contentHash();

        assertThat(hash).hasSize(64).isEqualTo(extractor.extract(PLAN.replace("\n", "\r\n")).contentHash());
        assertThat(extractor.extract(PLAN + " thêm").contentHash()).isNotEqualTo(hash);
    }
}
