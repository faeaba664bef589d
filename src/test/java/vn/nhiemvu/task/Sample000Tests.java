package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;

/**
 * The appendix of sample 000 (Bắc Giang, BC quý I/2023), recorded through the API as written, with row 4's
 * directive year corrected to 2022 (domain spec §3), gives the report's own figures as of 15/03/2023.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Sample000Tests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DirectiveService directives;

    TaskApi api;

    /** In a Department of its own: the demo one already holds these directives, and counts must be exact. */
    @BeforeAll
    void recordTheAppendix() {
        api = new TaskApi(mvc, DepartmentFixtures.newDepartment(jdbc, passwordEncoder, directives),
                DepartmentFixtures.PASSWORD);
        api.directiveWithTask("6447/UBND-NC", "2022-12-24", "Rà soát, thống kê thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước",
                "VP", "2023-01-15", "2023-01-14", "Báo cáo số 06/BC-KHCN ngày 14/01/2023");
        api.directiveWithTask("58/UBND-KSTT", "2023-01-06", "Kế hoạch thực hiện kiểm soát thủ tục hành chính và cơ chế một cửa, một cửa liên thông năm 2023",
                "VP", "2023-01-15", "2023-01-11", "Kế hoạch số 04/KH-KHCN ngày 11/01/2023");
        api.directiveWithTask("72/UBND-KGVX", "2023-01-05", "Báo cáo kết quả thực hiện Đề án 996",
                "QLKH", "2023-01-15", "2023-01-13", "Báo cáo số 328/BC-KHCN Ngày 13/01/2023");
        api.directiveWithTask("6625/UBND-KGVX", "2022-12-31", "Báo cáo tình hình thực hiện năm 2022 Chiến lược Sở hữu trí tuệ đến năm 2030",
                "CSSHTT", "2023-01-30", "2023-01-30", "Báo cáo số 15/BC-KHCN Ngày 30/01/2023");
        api.directiveWithTask("14/UBND-KGVX", "2023-01-04", "Giao góp ý dự thảo Thông tư sửa đổi Thông tư số 26/2019/TT-BKHCN",
                "TĐC", "2023-03-01", "2023-02-28", "Công văn số 252/KHCN-TĐC Ngày 28/02/2023");
        api.directiveWithTask("946/UBND-NC", "2023-03-07", "Cung cấp danh mục văn bản của các cơ quan, đơn vị",
                "VP", "2023-03-10", "2023-03-09", "Công văn số 292/KHCN-VP Ngày 09/3/2023");
        api.directiveWithTask("241/VP-HCTC", "2023-03-07", "Báo cáo kết quả thực hiện Kết luận số 01-KL/TW",
                "VP", "2023-03-16", null, null);
        api.directiveWithTask("559/UBND-KGVX", "2023-02-15", "Tham mưu xây dựng dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy triển khai thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị",
                "QLKH", null, null, null);
        api.directiveWithTask("421/UBND-KGVX", "2023-02-06", "Triển khai hoạt động Giải thưởng Chất lượng Quốc gia năm 2023",
                "TĐC", null, null, null);
    }

    @Test
    void givesTheReportsFiguresAsOfTheFifteenthOfMarch() {
        assertThat(mvc.get().uri("/api/v1/tasks/summary?from=2022-12-15&to=2023-03-14&asOf=2023-03-15&issuer=UBND tỉnh")
                .with(api.auth()))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"total":9,"completedOnTime":6,"completedLate":0,"inProgressOnTime":3,"inProgressOverdue":0,
                         "notStarted":0}""");
    }

    @Test
    void movesTheSundayDeadlineOfRowOneToMonday() {
        assertThat(mvc.get().uri("/api/v1/tasks?q=Rà soát, thống kê thủ tục&asOf=2023-03-15").with(api.auth()))
                .bodyJson().extractingPath("$.items[0].due").isEqualTo("2023-01-16");
    }

    @Test
    void listsTheThreeTasksInProgressWithinTheirDeadline() {
        assertThat(mvc.get().uri("/api/v1/tasks?status=DANG_TRONG_HAN&from=2022-12-15&to=2023-03-14&asOf=2023-03-15")
                .with(api.auth()))
                .bodyJson().extractingPath("$.total").isEqualTo(3);
    }

    @Test
    void turnsTheSixteenthOfMarchTaskOverdueAfterItsDeadline() {
        assertThat(mvc.get().uri("/api/v1/tasks/summary?from=2022-12-15&to=2023-03-14&asOf=2023-03-17&issuer=UBND tỉnh")
                .with(api.auth()))
                .bodyJson().isLenientlyEqualTo("""
                        {"total":9,"completedOnTime":6,"inProgressOnTime":2,"inProgressOverdue":1}""");
    }
}
