package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.task.DeadlineKind;

/** Every deadline kind of GOLD-FORMAT.md §5, with its rules. */
class DeadlinesTests {

    private static final Deadlines.Context IN_2020 = new Deadlines.Context(2020, false);

    private static ProposedDeadline find(String text, int documentYear) {
        return Deadlines.find(text, new Deadlines.Context(documentYear, false));
    }

    private static void assertDeadline(ProposedDeadline deadline, DeadlineKind kind, String value) {
        assertThat(deadline.kind()).isEqualTo(kind);
        assertThat(deadline.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Rà soát văn bản. Thời gian hoàn thành trước ngày 10/6/2020. | 2020 | 2020-06-10
            Chuẩn bị tài liệu phục vụ buổi làm việc trước ngày 01/6/2020. | 2020 | 2020-06-01
            Gửi báo cáo trước ngày 30-7. | 2022 | 2022-07-30
            Hoàn thành dự thảo trước ngày 20.7.2020. | 2019 | 2020-07-20
            Đẩy nhanh thủ tục. Phấn đấu hoàn thành trước ngày 18/5/2024. | 2024 | 2024-05-18
            Báo cáo UBND tỉnh chậm nhất ngày 15 tháng 12 năm 2024. | 2024 | 2024-12-15
            """)
    void readsADateAndTrướcNgàyXIsXItself(String text, int year, String value) {
        assertDeadline(find(text, year), DeadlineKind.DATE, value);
    }

    @Test
    void takesTheYearOfTheDocumentWhenTheDateHasNone() {
        assertThat(find("Nộp hồ sơ trước ngày 05/8.", 2023).value()).isEqualTo("2023-08-05");
        assertThat(find("Nộp hồ sơ trước ngày 05/8.", 2021).value()).isEqualTo("2021-08-05");
    }

    @Test
    void readsATableCellAsAWholeDeadline() {
        assertDeadline(Deadlines.cell("15/01/2023", IN_2020), DeadlineKind.DATE, "2023-01-15");
        assertDeadline(Deadlines.cell("Tháng 3 năm 2023", IN_2020), DeadlineKind.MONTH, "2023-03");
        assertDeadline(Deadlines.cell("Quý IV/2024", IN_2020), DeadlineKind.QUARTER, "2024-Q4");
        assertDeadline(Deadlines.cell("Quý II", IN_2020), DeadlineKind.QUARTER, "2020-Q2");
        assertDeadline(Deadlines.cell("6 tháng cuối năm 2024", IN_2020), DeadlineKind.HALF_YEAR, "2024-H2");
        assertDeadline(Deadlines.cell("Năm 2024", IN_2020), DeadlineKind.YEAR, "2024");
        assertDeadline(Deadlines.cell("Thường xuyên", IN_2020), DeadlineKind.RECURRING, "ongoing");
        assertDeadline(Deadlines.cell("Hằng quý", IN_2020), DeadlineKind.RECURRING, "quarterly");
        assertDeadline(Deadlines.cell("Khi có yêu cầu", IN_2020), DeadlineKind.ON_EVENT, null);
        assertDeadline(Deadlines.cell("Theo tiến độ dự án", IN_2020), DeadlineKind.OTHER, null);
        assertThat(Deadlines.cell("", IN_2020).isNone()).isTrue();
    }

    @Test
    void readsMonthsQuartersAndHalfYears() {
        assertDeadline(find("Trình UBND tỉnh trong tháng 6/2024.", 2024), DeadlineKind.MONTH, "2024-06");
        assertDeadline(find("Xây dựng đề án, hoàn thành trong quý 3/2021.", 2021), DeadlineKind.QUARTER, "2021-Q3");
        assertDeadline(find("Tổng kết mô hình, hoàn thành trong 6 tháng cuối năm 2024.", 2024), DeadlineKind.HALF_YEAR,
                "2024-H2");
    }

    @Test
    void readsAYearAndAStartingYear() {
        assertDeadline(find("Củng cố Hội đồng khoa học. Thực hiện trong năm 2020.", 2020), DeadlineKind.YEAR, "2020");
        assertDeadline(find("Xây dựng dự thảo quy định. Thời gian trình UBND tỉnh trong năm 2020.", 2020), DeadlineKind.YEAR,
                "2020");
        assertDeadline(find("Tăng cường quản lý nhãn hiệu. Thực hiện từ năm 2021.", 2020), DeadlineKind.FROM_YEAR, "2021");
        assertDeadline(Deadlines.cell("Từ Quý IV năm 2025 và các năm tiếp theo", IN_2020), DeadlineKind.FROM_YEAR, "2025");
        assertDeadline(Deadlines.cell("Từ tháng 7/2025", IN_2020), DeadlineKind.FROM_YEAR, "2025");
    }

    @Test
    void readsRecurrencesAndTakesTheShortest() {
        assertDeadline(find("Đẩy mạnh cải cách hành chính. Thực hiện nhiệm vụ thường xuyên hàng năm.", 2020),
                DeadlineKind.RECURRING, "yearly");
        assertDeadline(find("Thực hiện tiếp dân vào ngày 15 hàng tháng và tiếp dân thường xuyên theo yêu cầu.", 2023),
                DeadlineKind.RECURRING, "monthly");
        assertDeadline(find("Họp định kỳ: Họp lãnh đạo Sở hàng tuần, họp giao ban định kỳ tháng 4,5,6/2023.", 2023),
                DeadlineKind.RECURRING, "weekly");
        assertDeadline(find("Gửi báo cáo trước ngày 05 tháng cuối cùng của mỗi quý.", 2023), DeadlineKind.RECURRING,
                "quarterly");
        assertDeadline(find("Tuyên truyền trên Báo tỉnh: Xây dựng 03 chuyên trang “Khoa học” tháng 4, tháng 5, tháng 6.", 2023),
                DeadlineKind.RECURRING, "monthly");
        assertDeadline(find("Thường xuyên rà soát thủ tục hành chính.", 2023), DeadlineKind.RECURRING, "ongoing");
    }

    @Test
    void readsADayAndMonthOfAStandingScheduleAsYearly() {
        assertDeadline(Deadlines.find("Báo cáo 6 tháng gửi trước ngày 05/6.", new Deadlines.Context(2024, true)),
                DeadlineKind.RECURRING, "yearly");
    }

    @Test
    void readsEventsAndOtherTimeExpressions() {
        assertDeadline(find("Cử cán bộ tham gia Hội đồng thẩm định khi có yêu cầu.", 2023), DeadlineKind.ON_EVENT, null);
        assertDeadline(find("Xây dựng các báo cáo theo yêu cầu của UBND tỉnh, các sở, ngành.", 2023), DeadlineKind.ON_EVENT, null);
        assertDeadline(find("Hướng dẫn đăng ký bảo hộ sở hữu công nghiệp (nếu có).", 2023), DeadlineKind.ON_EVENT, null);
        assertDeadline(find("Ký hợp đồng thực hiện sau khi có Quyết định phê duyệt của Chủ tịch UBND tỉnh, đôn đốc thực hiện.",
                2023), DeadlineKind.ON_EVENT, null);
        assertDeadline(find("Triển khai dự án theo tiến độ của cơ quan chủ trì.", 2023), DeadlineKind.ON_EVENT, null);
        assertDeadline(find("Xây dựng Quy định, trình HĐND trong kỳ họp cuối năm 2017.", 2017), DeadlineKind.OTHER, null);
        assertDeadline(find("Tổ chức hội nghị vào đầu năm 2014.", 2013), DeadlineKind.OTHER, null);
        assertThat(find("Cử cán bộ tham gia Hội đồng thẩm định khi có yêu cầu.", 2023).text()).isEqualTo("khi có yêu cầu");
    }

    @Test
    void ignoresCitationsNamesOfPlansAndEventsAndPeriodicObjects() {
        assertThat(find("Thực hiện nghiêm túc Kế hoạch số 65/KH-KHCN ngày 22/4/2024 của Sở KH&CN.", 2024).isNone()).isTrue();
        assertThat(find("Xây dựng kế hoạch tổ chức hội nghị giao ban khoa học công nghệ năm 2024.", 2024).isNone()).isTrue();
        assertThat(find("Nhiệm vụ thực hiện từ năm 2024: Tham mưu họp Hội đồng KH&CN xác định danh mục.", 2023).isNone()).isTrue();
        assertThat(find("Thực hiện kiểm định, hiệu chuẩn theo định kỳ các phương tiện đo, chuẩn đo lường năm 2023.", 2023)
                .isNone()).isTrue();
        assertThat(find("Xây dựng chuyên mục tuyên truyền ngày KH&CN Việt Nam 18/5.", 2023).isNone()).isTrue();
        assertThat(find("Tăng cường chất lượng tài liệu và xuất bản Lịch KH&CN hàng năm; đẩy mạnh tuyên truyền.", 2024).isNone())
                .isTrue();
    }

    @Test
    void ignoresATimeExpressionOfALaterSeparateAction() {
        assertThat(find("Xây dựng Kế hoạch riêng của Đoàn công tác, xây dựng báo cáo kết quả học tập sau khi kết thúc chuyến công tác.",
                2024).isNone()).isTrue();
        assertThat(find("Đẩy nhanh tiến độ nghiệm thu. Bảo dưỡng thường xuyên các trang thiết bị.", 2024).isNone()).isTrue();
    }

    @Test
    void keepsTheWordingWithItsMarker() {
        assertThat(find("Rà soát văn bản. Thời gian hoàn thành trước ngày 10/6/2020.", 2020).text())
                .isEqualTo("Thời gian hoàn thành trước ngày 10/6/2020");
        assertThat(find("Giao Trung tâm chuẩn bị tài liệu trước ngày 01/6/2020.", 2020).text()).isEqualTo("trước ngày 01/6/2020");
    }
}
