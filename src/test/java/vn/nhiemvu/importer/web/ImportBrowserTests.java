package vn.nhiemvu.importer.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.web.Browser;

/** The office drops a meeting-conclusion notice in, reviews the proposal beside the text, confirms. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBrowserTests {

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
    void importsAMeetingConclusionAndCreatesItsTasks() {
        Path notice = ImportApiTests.CORPUS.resolve("001_423ef5ff2a0386da.txt");
        assumeThat(notice).exists();
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.getByLabel("Tên đăng nhập").fill("vanphong");
        page.getByLabel("Mật khẩu").fill(IntegrationTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

        page.navigate(browser.url("/imports"));
        page.getByLabel("Tệp văn bản").setInputFiles(notice);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc văn bản")).click();
        assertThat(page.locator("h1")).containsText("Kiểm tra đề xuất");
        assertThat(page.locator(".proposal")).hasCount(39);
        assertThat(page.locator(".source mark").first()).isVisible();
        page.getByLabel("Số, ký hiệu").fill("21/TB-KHCN");
        page.getByLabel("Ngày ban hành").fill("2024-05-06");
        Browser.screenshotWindow(page, "import-review");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận, tạo văn bản và nhiệm vụ")).click();
        Browser.screenshotWindow(page, "import-confirmed");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã nhập văn bản và 39 nhiệm vụ.");
        assertThat(page.locator("h1")).containsText("21/TB-KHCN");
        assertThat(page.locator("h2")).containsText("(39)");
    }
}
