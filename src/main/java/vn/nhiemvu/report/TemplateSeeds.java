package vn.nhiemvu.report;

import java.util.List;

/**
 * The three templates every agency starts with, modelled on the sample reports: the quarterly report of sample 000
 * (Bắc Giang, quý I/2023), the six-month report of sample 003 (Bắc Kạn) and the annual report of sample 002 (Cao
 * Bằng). Each written section names the unit that usually writes it by words of its name; an agency without such a
 * unit gets its office (or no unit: the office writes it). Headings may hold {kỳ}, {kỳ sau} and {năm}, replaced
 * when a report is made.
 */
final class TemplateSeeds {

    static final String UBND = "UBND tỉnh\nChủ tịch UBND tỉnh";

    /** Words of a unit's name, without diacritics, that say who writes a section. */
    static final String OFFICE = "van phong";
    static final String SCIENCE = "quan ly khoa hoc";
    static final String TECHNOLOGY = "quan ly cong nghe";
    static final String INFORMATION = "trung tam|ung dung";
    static final String STANDARDS = "tieu chuan|do luong";
    static final String GRASSROOTS = "co so|so huu tri tue|shtt";
    static final String INSPECTION = "thanh tra";

    record Seed(String code, String name, String subject, ReportingPeriod.Kind periodKind, Numbering numbering,
            List<Section> sections) {
    }

    record Section(int depth, String heading, SectionKind kind, String unitWords, String prompt, String issuers) {
    }

    private TemplateSeeds() {
    }

    private static Section heading(int depth, String heading) {
        return new Section(depth, heading, SectionKind.HEADING, null, null, null);
    }

    private static Section written(int depth, String heading, String unitWords, String prompt) {
        return new Section(depth, heading, SectionKind.WRITTEN, unitWords, prompt, null);
    }

    private static Section computed(int depth, String heading, SectionKind kind, String issuers) {
        return new Section(depth, heading, kind, null, null, issuers);
    }

    static List<Seed> all() {
        return List.of(quarterly(), sixMonths(), annual());
    }

    static Seed quarterly() {
        return new Seed("QUARTERLY", "Báo cáo quý (mẫu 000)", "Kết quả công tác {kỳ}, nhiệm vụ công tác {kỳ sau}",
                ReportingPeriod.Kind.QUARTER, Numbering.PARTS_ROMAN, List.of(
                heading(1, "Tình hình, kết quả hoạt động quản lý nhà nước về khoa học và công nghệ"),
                written(2, "Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao", OFFICE,
                        "Đánh giá chung việc triển khai các văn bản chỉ đạo và nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao."),
                computed(3, "", SectionKind.TASK_FIGURES, UBND),
                written(2, "Xây dựng cơ chế, chính sách, pháp luật về KH&CN", OFFICE,
                        "Các dự thảo văn bản trình cấp có thẩm quyền, kế hoạch đã xây dựng trong kỳ."),
                computed(3, "", SectionKind.ISSUED_DOCUMENTS, null),
                heading(2, "Hoạt động KH&CN"),
                written(3, "Hoạt động nghiên cứu khoa học và phát triển công nghệ", SCIENCE,
                        "Nhiệm vụ KH&CN: tuyển chọn, thẩm định, kiểm tra, nghiệm thu, thanh lý trong kỳ."),
                computed(4, "", SectionKind.PROJECT_FIGURES, null),
                written(3, "Hoạt động đánh giá, thẩm định và chuyển giao công nghệ, phát triển doanh nghiệp KH&CN; "
                        + "an toàn bức xạ hạt nhân", TECHNOLOGY,
                        "Ý kiến về công nghệ, thẩm định, doanh nghiệp KH&CN, giấy phép bức xạ trong kỳ."),
                written(3, "Hoạt động thông tin KH&CN; dịch vụ công KH&CN", INFORMATION,
                        "Thông tin, tuyên truyền, thống kê, dịch vụ công trong kỳ."),
                written(3, "Hoạt động tiêu chuẩn đo lường chất lượng", STANDARDS,
                        "Kiểm tra, tiếp nhận hồ sơ, kiểm định, hỗ trợ doanh nghiệp trong kỳ."),
                written(3, "Hoạt động sở hữu trí tuệ, sáng kiến và KH&CN cơ sở", GRASSROOTS,
                        "Sở hữu trí tuệ, sáng kiến, nhiệm vụ cấp cơ sở trong kỳ."),
                written(3, "Công tác thanh tra, kiểm tra trong lĩnh vực KH&CN", INSPECTION,
                        "Các cuộc thanh tra, kiểm tra, tiếp công dân trong kỳ."),
                written(3, "Một số công tác khác", OFFICE, "Hành chính, tổ chức, cải cách hành chính."),
                heading(1, "Nhiệm vụ công tác {kỳ sau}"),
                written(3, "Hoạt động nghiên cứu khoa học và phát triển công nghệ", SCIENCE, "Nhiệm vụ kỳ tới."),
                written(3, "Hoạt động đánh giá, thẩm định và chuyển giao công nghệ, phát triển doanh nghiệp KH&CN; "
                        + "an toàn bức xạ hạt nhân", TECHNOLOGY, "Nhiệm vụ kỳ tới."),
                written(3, "Hoạt động thông tin KH&CN; dịch vụ công KH&CN", INFORMATION, "Nhiệm vụ kỳ tới."),
                written(3, "Hoạt động tiêu chuẩn đo lường chất lượng", STANDARDS, "Nhiệm vụ kỳ tới."),
                written(3, "Hoạt động sở hữu trí tuệ, sáng kiến và KH&CN cơ sở", GRASSROOTS, "Nhiệm vụ kỳ tới."),
                written(3, "Công tác thanh tra, kiểm tra trong lĩnh vực KH&CN", INSPECTION, "Nhiệm vụ kỳ tới."),
                written(3, "Một số công tác khác", OFFICE, "Nhiệm vụ kỳ tới."),
                computed(1, "Kết quả thực hiện nhiệm vụ, kết luận, chỉ đạo UBND tỉnh, Chủ tịch UBND tỉnh giao {kỳ}",
                        SectionKind.TASK_APPENDIX, UBND)));
    }

    static Seed sixMonths() {
        return new Seed("HALF_YEAR", "Báo cáo 6 tháng (mẫu 003)",
                "Kết quả thực hiện nhiệm vụ {kỳ} và phương hướng, nhiệm vụ {kỳ sau}", ReportingPeriod.Kind.FIRST_HALF,
                Numbering.LETTERS, List.of(
                heading(1, "Kết quả thực hiện {kỳ}"),
                written(2, "Kết quả thực hiện các nhiệm vụ được UBND tỉnh giao", OFFICE,
                        "Kết quả thực hiện Chương trình hành động, các nhiệm vụ UBND tỉnh giao."),
                computed(3, "", SectionKind.TASK_FIGURES, UBND),
                heading(2, "Kết quả thực hiện nhiệm vụ {kỳ}"),
                written(3, "Tham mưu xây dựng cơ chế, chính sách", OFFICE, "Văn bản đã tham mưu, ban hành."),
                computed(4, "", SectionKind.ISSUED_DOCUMENTS, null),
                written(3, "Công tác quản lý khoa học", SCIENCE, "Quản lý các nhiệm vụ KH&CN, KH&CN cơ sở."),
                computed(4, "", SectionKind.PROJECT_FIGURES, null),
                written(3, "Công tác quản lý công nghệ và chuyên ngành", TECHNOLOGY,
                        "Quản lý công nghệ, thông tin, sở hữu trí tuệ, an toàn bức xạ."),
                written(3, "Công tác tiêu chuẩn đo lường chất lượng", STANDARDS, "Quản lý đo lường, chất lượng."),
                written(3, "Công tác thanh tra", INSPECTION, "Thanh tra chuyên ngành, tiếp công dân."),
                written(3, "Công tác Văn phòng", OFFICE, "Tổng hợp, tổ chức cán bộ, CCHC, kế hoạch - tài chính."),
                written(3, "Công tác ứng dụng KH-CN và Tiêu chuẩn đo lường chất lượng", INFORMATION,
                        "Nghiên cứu, ứng dụng, dịch vụ KH&CN."),
                heading(1, "Đánh giá chung"),
                written(3, "Ưu điểm", OFFICE, "Những kết quả nổi bật."),
                written(3, "Hạn chế và nguyên nhân", OFFICE, "Hạn chế của từng lĩnh vực và nguyên nhân."),
                heading(1, "Phương hướng, nhiệm vụ {kỳ sau}"),
                written(3, "Quản lý khoa học", SCIENCE, "Nhiệm vụ kỳ tới."),
                written(3, "Quản lý công nghệ và chuyên ngành", TECHNOLOGY, "Nhiệm vụ kỳ tới."),
                written(3, "Công tác thanh tra", INSPECTION, "Nhiệm vụ kỳ tới."),
                written(3, "Quản lý tiêu chuẩn - đo lường - chất lượng", STANDARDS, "Nhiệm vụ kỳ tới."),
                written(3, "Công tác văn phòng, kế hoạch tài chính", OFFICE, "Nhiệm vụ kỳ tới."),
                written(3, "Công tác ứng dụng KH-CN", INFORMATION, "Nhiệm vụ kỳ tới."),
                computed(1, "Kết quả thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao {kỳ}",
                        SectionKind.TASK_APPENDIX, UBND)));
    }

    static Seed annual() {
        return new Seed("ANNUAL", "Báo cáo năm (mẫu 002)", "Tổng kết công tác {kỳ}, nhiệm vụ, giải pháp {kỳ sau}",
                ReportingPeriod.Kind.YEAR, Numbering.PARTS_DECIMAL, List.of(
                heading(1, "Kết quả hoạt động KH&CN {kỳ}"),
                heading(2, "Kết quả đạt được"),
                written(3, "Công tác tham mưu", OFFICE, "Cơ chế, chính sách, văn bản chỉ đạo đã tham mưu."),
                computed(4, "", SectionKind.ISSUED_DOCUMENTS, null),
                written(3, "Công tác quản lý nhiệm vụ KH&CN", SCIENCE,
                        "Nhiệm vụ quản lý, kiểm tra, nghiệm thu, công nhận, chuyển giao trong năm."),
                computed(4, "", SectionKind.PROJECT_FIGURES, null),
                written(3, "Công tác quản lý nhà nước về công nghệ, sở hữu trí tuệ, an toàn bức xạ và hạt nhân",
                        TECHNOLOGY, "Thẩm định công nghệ, khởi nghiệp, SHTT, an toàn bức xạ."),
                written(3, "Công tác thanh tra KH&CN", INSPECTION, "Thanh tra chuyên ngành, sáng kiến."),
                written(3, "Công tác tiêu chuẩn, đo lường, chất lượng", STANDARDS, "Kiểm tra, hỗ trợ doanh nghiệp."),
                written(3, "Hoạt động thông tin, thống kê KH&CN và nghiên cứu, ứng dụng", INFORMATION,
                        "Thông tin, thống kê, kiểm định, sản xuất thử nghiệm."),
                written(3, "Thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao", OFFICE,
                        "Đánh giá chung việc thực hiện nhiệm vụ được giao."),
                computed(4, "", SectionKind.TASK_FIGURES, UBND),
                written(3, "Công tác khác", OFFICE, "Cải cách hành chính, tổ chức, thi đua."),
                written(2, "Đánh giá chung", OFFICE, "Kết quả nổi bật, hạn chế và nguyên nhân."),
                heading(1, "Một số chỉ tiêu và giải pháp thực hiện {kỳ sau}"),
                written(2, "Một số chỉ tiêu thực hiện", OFFICE, "Chỉ tiêu năm tới."),
                written(2, "Giải pháp thực hiện", OFFICE, "Giải pháp năm tới."),
                computed(1, "Kết quả thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao {kỳ}",
                        SectionKind.TASK_APPENDIX, UBND)));
    }
}
