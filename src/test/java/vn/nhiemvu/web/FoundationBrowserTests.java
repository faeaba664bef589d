package vn.nhiemvu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.nhiemvu.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoundationBrowserTests {

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
    void theAdministratorLogsInThroughTheLoginPageAndSeesTheHomePage() {
        Page page = browser.newPage();
        page.navigate(browser.url("/"));
        assertThat(page).hasURL(browser.url("/login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập"))).isVisible();
        Browser.screenshot(page, "login");

        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill(IntegrationTest.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

        assertThat(page).hasURL(browser.url("/"));
        assertThat(page.locator("h1")).hasText("Sở Khoa học và Công nghệ tỉnh Bắc Giang");
        assertThat(page.locator(".user-role")).hasText("Quản trị hệ thống");
        assertThat(page.locator(".tiles")).containsText("Đang thực hiện trong hạn");
        Browser.screenshot(page, "home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quản trị")).first().click();
        assertThat(page.locator("table.data")).containsText("Chi cục Tiêu chuẩn Đo lường Chất lượng");
        Browser.screenshot(page, "admin-units");
    }

    @Test
    void aWrongPasswordShowsAVietnameseMessage() {
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.getByLabel("Tên đăng nhập").fill("truongphong");
        page.getByLabel("Mật khẩu").fill("khong-dung");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Test
    void aDemoUnitHeadLogsInAndSeesTheirUnit() {
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.getByLabel("Tên đăng nhập").fill("truongphong");
        page.getByLabel("Mật khẩu").fill(IntegrationTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page.locator(".dashboard")).containsText("Nhiệm vụ của Phòng Quản lý khoa học");
        assertThat(page.locator(".mainnav")).not().containsText("Quản trị");
    }
}
