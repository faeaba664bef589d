package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/**
 * The project pages in Vietnamese: the register answers htmx with its fragment, a project's page shows its
 * timeline and what is due, a refused step comes back as a message on the same page and changes nothing, a unit
 * sees only its own projects, and another agency's project does not exist.
 */
@IntegrationTest
class ProjectPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long demoProject(String shortName) {
        return jdbc.sql("""
                select p.id from project p join account a on a.agency_id = p.agency_id
                where a.username = 'vanphong' and p.short_name = ?""").param(shortName).query(Long.class).single();
    }

    @Test
    void showsTheRegisterWithItsFiltersAndAnswersHtmxWithTheResultsOnly() {
        MvcTestResult page = mvc.get().uri("/projects").with(as("giamdoc")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Nhiệm vụ KH&amp;CN", "Quản lý trong năm", "Baba gai",
                "Đang thực hiện", "Bảng theo trạng thái");
        MvcTestResult fragment = mvc.get().uri("/projects?level=QUOC_GIA").header("HX-Request", "true")
                .with(as("giamdoc")).exchange();
        assertThat(fragment).hasStatusOk().hasHeader("Vary", "HX-Request");
        assertThat(fragment).bodyText().contains("id=\"project-results\"", "Baba gai").doesNotContain("<html",
                "Cam V2 và CS1");
    }

    @Test
    void showsAProjectsTimelineMoneyAndWhatIsDueNext() {
        long cam = demoProject("Cam V2 và CS1 Lạng Giang");
        assertThat(mvc.get().uri("/projects/" + cam).with(as("truongphong")).exchange()).hasStatusOk().bodyText()
                .contains("Hoàn thiện hồ sơ, công nhận, đăng ký, quyết toán", "Việc cần làm tiếp",
                        "Đăng ký kết quả (trong 30 ngày kể từ nghiệm thu)", "Hội đồng xếp loại đạt",
                        "Hội đồng tư vấn đánh giá, nghiệm thu", "Khá", "Thủ tục sau nghiệm thu", "1.100.000.000",
                        "Thanh lý hợp đồng");
        long baba = demoProject("Baba gai");
        assertThat(mvc.get().uri("/projects/" + baba).with(as("giamdoc")).exchange()).hasStatusOk().bodyText()
                .contains("Cấp kinh phí", "2.100.000.000", "Chương trình Nông thôn miền núi", "Báo cáo định kỳ");
    }

    @Test
    void refusesAStepOnTheSamePageAndChangesNothing() {
        long iso = demoProject("Phần mềm đánh giá ISO 9001");
        int version = jdbc.sql("select version from project where id = ?").param(iso).query(Integer.class).single();
        MvcTestResult result = mvc.post().uri("/projects/" + iso + "/events").with(as("chuyenvien")).with(csrf())
                .param("version", String.valueOf(version)).param("kind", "DISBURSEMENT").param("amount", "400000000")
                .param("documentKind", "CHUNG_TU_CAP_PHAT").param("documentDate", "2026-01-05").exchange();
        assertThat(result).hasStatus3xxRedirection().flash().containsEntry("problem",
                "Không thể cấp thêm 400.000.000 đồng: đã cấp 600.000.000 đồng, tổng kinh phí NSNN được phê duyệt là "
                        + "950.000.000 đồng.");
        assertThat(jdbc.sql("select version from project where id = ?").param(iso).query(Integer.class).single())
                .isEqualTo(version);
    }

    @Test
    void recordsAProposalThroughItsForm() {
        MvcTestResult created = mvc.post().uri("/projects").with(as("truongphong")).with(csrf())
                .param("title", "Nghiên cứu ứng dụng chế phẩm sinh học xử lý rơm rạ tại huyện Yên Dũng")
                .param("level", "TINH").param("type", "DE_TAI").param("field", "AGRICULTURAL")
                .param("startYear", "2027").param("proposer", "UBND huyện Yên Dũng").param("role", "QUAN_LY")
                .param("initialState", "DE_XUAT").param("proposalKind", "PHIEU_DE_XUAT")
                .param("proposalDate", "2026-05-04").param("version", "0").exchange();
        assertThat(created).hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                select count(*) from project p join unit u on u.id = p.unit_id
                where p.title like '%rơm rạ tại huyện Yên Dũng' and u.code = 'QLKH'""").query(Long.class).single())
                .isOne();
        MvcTestResult missing = mvc.post().uri("/projects").with(as("truongphong")).with(csrf())
                .param("title", "Thiếu người đề xuất").param("level", "TINH").param("field", "SOCIAL")
                .param("startYear", "2027").param("initialState", "DE_XUAT").param("version", "0").exchange();
        assertThat(missing).hasStatusOk().bodyText()
                .contains("Phiếu đề xuất cần ghi đơn vị, cá nhân đề xuất hoặc đặt hàng.");
    }

    @Test
    void showsTheBoardAndTheFigures() {
        assertThat(mvc.get().uri("/projects/board").with(as("vanphong")).exchange()).hasStatusOk().bodyText()
                .contains("Bảng theo trạng thái", "Đã phê duyệt, chờ ký hợp đồng", "Tăng huyết áp tuyến xã");
        assertThat(mvc.get().uri("/projects/figures?year=2026&asOf=2026-06-30").with(as("giamdoc")).exchange())
                .hasStatusOk().bodyText().contains("Nhiệm vụ quản lý năm 2026", "Đề xuất, đặt hàng cho năm 2027",
                        "Hội đồng đã họp");
    }

    @Test
    void keepsProjectsOfOtherUnitsAndAgenciesOut() {
        long cuCai = demoProject("Củ cải đỏ Đà Lạt");
        // Managed by the grassroots unit: the science-management unit's staff do not see it.
        assertThat(mvc.get().uri("/projects/" + cuCai).with(as("chuyenvien")).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/projects").param("q", "cu cai do").with(as("chuyenvien")).exchange()).bodyText()
                .doesNotContain("Củ cải đỏ Đà Lạt");
        assertThat(new ProjectApi(mvc, "chuyenvien").get("/api/v1/projects/" + cuCai)).hasStatus(404);
    }
}
