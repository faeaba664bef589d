package vn.nhiemvu.task;

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

/** The office records a directive and its task; the unit reports progress and completion. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskBrowserTests {

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

    @Test
    void walksFromDirectiveToTaskToProgressToCompletion() {
        Page office = browser.logIn("vanphong");
        office.navigate(browser.url("/directives/new"));
        office.getByLabel("Số, ký hiệu").fill("999/UBND-KGVX");
        office.getByLabel("Ngày ban hành").fill("2026-11-02");
        office.getByLabel("Cơ quan giao").selectOption(new SelectOption().setLabel("UBND tỉnh"));
        office.getByLabel("Trích yếu").fill("V/v triển khai Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(office.locator("h1")).containsText("999/UBND-KGVX ngày 02/11/2026");

        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Giao nhiệm vụ")).click();
        office.getByLabel("Nội dung công việc").fill("Xây dựng kế hoạch tổ chức Ngày hội khởi nghiệp đổi mới sáng tạo");
        office.getByLabel("Đơn vị chủ trì").selectOption(new SelectOption().setLabel("Phòng Quản lý khoa học"));
        office.getByLabel("Ngày hết hạn").fill("2026-12-15");
        office.getByLabel("Nguyên văn trong văn bản").fill("trước ngày 15/12/2026");
        Browser.screenshot(office, "task-form");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giao nhiệm vụ")).click();
        assertThat(office.locator(".status.big")).hasText("Đang thực hiện trong hạn");
        String taskUrl = office.url();

        Page unit = browser.logIn("truongphong");
        unit.navigate(taskUrl);
        unit.getByLabel("Nội dung tiến độ").fill("Đã dự thảo kế hoạch, đang xin ý kiến các phòng.");
        unit.getByLabel("Tỷ lệ hoàn thành (%)").fill("40");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ghi tiến độ")).click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã ghi tiến độ.");
        assertThat(unit.locator("ol.timeline")).containsText("Đã dự thảo kế hoạch");

        unit.getByText("Ghi nhận hoàn thành").first().click();
        unit.getByLabel("Kết quả xử lý").fill("Kế hoạch số 150/KH-KHCN ngày 20/11/2026");
        unit.locator("form[action$='/completion'] button[type=submit]").click();
        assertThat(unit.locator(".status.big")).hasText("Hoàn thành đúng hạn");
        assertThat(unit.locator("table.audit")).containsText("Hoàn thành");
        Browser.screenshot(unit, "task-detail");
    }

    @Test
    void showsTheListsAndTheFiguresOfTheDemoDepartment() {
        Page director = browser.logIn("giamdoc");
        director.navigate(browser.url("/tasks"));
        assertThat(director.locator("table.tasks")).containsText("Rà soát, thống kê thủ tục hành chính nội bộ");
        Browser.screenshot(director, "task-list");

        director.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quá hạn")).click();
        assertThat(director.locator("table.tasks tbody tr.overdue").first()).isVisible();
        Browser.screenshot(director, "task-list-overdue");

        director.navigate(browser.url("/"));
        assertThat(director.locator(".tiles")).containsText("Đang thực hiện quá hạn");
        Browser.screenshot(director, "dashboard");

        director.getByLabel("Tìm kiếm").first().fill("thu tuc hanh chinh");
        director.getByLabel("Tìm kiếm").first().press("Enter");
        assertThat(director.locator("ol.hits").first()).containsText("thủ tục hành chính");
        assertThat(director.locator("mark").first()).isVisible();
        Browser.screenshot(director, "search");

        director.navigate(browser.url("/figures?from=2022-12-15&to=2023-03-14&asOf=2023-03-15"));
        assertThat(director.locator("table.figures tfoot")).containsText("9");
        Browser.screenshot(director, "task-figures");
    }
}
