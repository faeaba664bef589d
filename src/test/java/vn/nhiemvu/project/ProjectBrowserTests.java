package vn.nhiemvu.project;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.web.Browser;

/**
 * The science-management unit in a real browser: the register and its filters, a project's page, recording a
 * proposal and moving it on, the board by state, the figures and the councils calendar. Screenshots:
 * target/screenshots/project-*.png.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectBrowserTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    @Test
    void browsesTheRegisterAProjectTheBoardAndTheFigures() {
        Page leader = browser.logIn("giamdoc");
        leader.navigate(browser.url("/projects"));
        assertThat(leader.locator("table.projects")).containsText("Baba gai");
        Browser.screenshot(leader, "project-register");

        leader.getByLabel("Cấp", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Cấp quốc gia"));
        assertThat(leader.locator("#project-results")).not().containsText("Cam V2");
        assertThat(leader.locator("#project-results")).containsText("phân bón chuyên dùng cho cây vải thiều");
        assertThat(leader).hasURL(java.util.regex.Pattern.compile(".*level=QUOC_GIA.*"));

        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ứng dụng tiến bộ khoa học và công nghệ "
                + "xây dựng mô hình sản xuất giống và nuôi thương phẩm Baba gai").setExact(false)).click();
        assertThat(leader.locator("h1")).containsText("Baba gai");
        assertThat(leader.locator("ol.timeline")).containsText("Lựa chọn nhà thầu, thẩm định giá");
        Browser.screenshot(leader, "project-page");

        leader.navigate(browser.url("/projects/board"));
        assertThat(leader.locator(".board-column").first()).containsText("Đề xuất, đặt hàng");
        Browser.screenshot(leader, "project-board");

        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        leader.navigate(browser.url("/projects/figures?year=" + year));
        assertThat(leader.locator("h2").first()).containsText("Nhiệm vụ quản lý năm " + year);
        Browser.screenshot(leader, "project-figures");
    }

    @Test
    void recordsAProposalAndTakesItThroughItsCouncilToTheList() {
        Page unit = browser.logIn("truongphong");
        unit.navigate(browser.url("/projects/new"));
        unit.getByLabel("Tên nhiệm vụ", new Page.GetByLabelOptions().setExact(true))
                .fill("Nghiên cứu giải pháp nâng cao giá trị chuỗi sản phẩm gà đồi Yên Thế");
        unit.getByLabel("Tên ngắn (dùng trong báo cáo)").fill("Gà đồi Yên Thế");
        unit.getByLabel("Lĩnh vực KH&CN").selectOption(new SelectOption().setLabel("Khoa học nông nghiệp"));
        unit.getByLabel("Đơn vị, cá nhân đề xuất, đặt hàng").fill("UBND huyện Yên Thế");
        Browser.screenshot(unit, "project-form");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi nhận nhiệm vụ")).click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận nhiệm vụ.");
        assertThat(unit.locator(".pstate.big")).hasText("Đề xuất, đặt hàng");

        // Approving the list before the identification council is refused, with the reason.
        unit.getByText("Phê duyệt danh mục", new Page.GetByTextOptions().setExact(true)).first().click();
        unit.locator("#number-APPROVE_LIST").fill("1890/QĐ-UBND");
        unit.locator("#date-APPROVE_LIST").fill(today());
        unit.locator("form[action$='/transitions']:has(input[value='APPROVE_LIST']) button[type=submit]").click();
        assertThat(unit.getByRole(AriaRole.ALERT)).containsText("Chưa có biên bản Hội đồng tư vấn xác định nhiệm vụ");

        unit.getByText("Thành lập Hội đồng", new Page.GetByTextOptions().setExact(true)).first().click();
        unit.getByLabel("Loại Hội đồng").selectOption("IDENTIFICATION");
        unit.getByLabel("Ngày họp").fill(today());
        unit.getByLabel("Chủ tịch Hội đồng").fill("Nguyễn Văn Hưng");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thành lập").setExact(true)).click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã thành lập Hội đồng.");
        unit.getByText("Ghi kết luận Hội đồng", new Page.GetByTextOptions().setExact(true)).first().click();
        unit.locator("textarea[name=conclusion]").fill("Đề nghị đưa vào danh mục nhiệm vụ cấp tỉnh");
        unit.locator("form[action$='/conclusion'] button[type=submit]").click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã ghi kết luận Hội đồng.");

        unit.getByText("Phê duyệt danh mục", new Page.GetByTextOptions().setExact(true)).first().click();
        unit.locator("#number-APPROVE_LIST").fill("1890/QĐ-UBND");
        unit.locator("#date-APPROVE_LIST").fill(today());
        unit.locator("form[action$='/transitions']:has(input[value='APPROVE_LIST']) button[type=submit]").click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã ghi nhận.");
        assertThat(unit.locator(".pstate.big")).hasText("Đang tuyển chọn / xét giao trực tiếp");
        assertThat(unit.locator("ol.timeline")).containsText("Quyết định phê duyệt danh mục nhiệm vụ");
        Browser.screenshot(unit, "project-page-after-list");
    }

    @Test
    void showsTheCouncilsOfAMonthAndLeadsToTheirProject() {
        Page leader = browser.logIn("giamdoc");
        leader.navigate(browser.url("/projects"));
        leader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch họp Hội đồng")).click();
        assertThat(leader.locator("h1")).hasText("Lịch họp Hội đồng");
        java.time.YearMonth acceptanceMonth = java.time.YearMonth.from(
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(40));
        leader.navigate(browser.url("/projects/councils?month=" + acceptanceMonth));
        assertThat(leader.locator(".agenda")).containsText("Hội đồng tư vấn đánh giá, nghiệm thu");
        Browser.screenshot(leader, "project-councils");

        leader.getByLabel("Loại Hội đồng").selectOption(new SelectOption().setLabel("Tổ thẩm định nội dung và kinh phí"));
        assertThat(leader).hasURL(java.util.regex.Pattern.compile(".*kind=APPRAISAL.*"));
        leader.navigate(browser.url("/projects/councils?month=2000-01"));
        assertThat(leader.locator("p.empty")).hasText("Không có Hội đồng nào họp trong tháng này.");
        Browser.screenshot(leader, "project-councils-empty");

        leader.navigate(browser.url("/projects/councils?month=" + acceptanceMonth));
        leader.locator(".agenda a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Cam V2 và CS1")).first().click();
        assertThat(leader.locator("h1")).containsText("cam sạch bệnh V2 và CS1");
    }
}
