package vn.nhiemvu.report;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.web.Browser;

/** The office makes the quarterly report, a unit writes and submits its part, the office finalises and downloads. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodicReportBrowserTests {

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
    void officeMakesTheQuarterlyReportAUnitWritesItsPartTheOfficeFinalisesAndDownloads() throws Exception {
        Page office = browser.logIn("vanphong");
        office.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Báo cáo")).click();
        assertThat(office.locator("h1")).hasText("Báo cáo định kỳ");
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mẫu báo cáo")).click();
        office.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo quý (mẫu 000)")).click();
        assertThat(office.locator("#template-sections")).containsText("Hoạt động nghiên cứu khoa học và phát triển công nghệ");
        assertThat(office.locator("#section-add")).isVisible();
        Browser.screenshot(office, "periodic-report-template");
        office.navigate(browser.url("/reports"));
        office.getByLabel("Mẫu báo cáo").selectOption(new SelectOption().setLabel("Báo cáo quý (mẫu 000)"));
        office.getByLabel("Kỳ báo cáo").selectOption("QUARTER");
        office.getByLabel("Năm").fill("2026");
        office.getByLabel("Tháng hoặc quý").fill("3");
        Browser.screenshot(office, "periodic-report-create");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lập báo cáo")).click();
        assertThat(office.locator("h1")).hasText("Kết quả công tác quý III năm 2026, nhiệm vụ công tác quý IV năm 2026");
        assertThat(office.locator("#units-due")).containsText("Phòng Quản lý khoa học");
        String reportUrl = office.url();
        assertThat(office.locator("footer")).isVisible();
        Browser.screenshot(office, "periodic-report-page");

        Page unit = browser.logIn("truongphong");
        unit.navigate(browser.url("/reports"));
        assertThat(unit.locator("#contributions-due")).containsText("Hoạt động nghiên cứu khoa học và phát triển công nghệ");
        Browser.screenshot(unit, "periodic-report-to-write");
        unit.locator("#contributions-due tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Kết quả công tác quý III năm 2026")).first()
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Viết")).click();
        unit.getByLabel("Nội dung").fill("""
                - Tổ chức nghiệm thu 04 nhiệm vụ KH&CN cấp tỉnh; kiểm tra tiến độ 01 nhiệm vụ.
                + Hỗ trợ phát triển chỉ dẫn địa lý Na dai Lục Nam.""");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã lưu nháp.");
        Browser.screenshot(unit, "periodic-report-write");
        unit.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp")).click();
        assertThat(unit.getByRole(AriaRole.STATUS)).hasText("Đã nộp phần báo cáo.");

        office.navigate(reportUrl);
        assertThat(office.locator("#report-sections")).containsText("Tổ chức nghiệm thu 04 nhiệm vụ KH&CN cấp tỉnh");
        office.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hoàn thành báo cáo")).click();
        assertThat(office.getByRole(AriaRole.STATUS)).hasText("Đã hoàn thành báo cáo: đã cấp số và lưu bản DOCX.");
        assertThat(office.locator(".status.big")).hasText("Đã hoàn thành");
        assertThat(office.locator("footer")).isVisible();
        Browser.screenshot(office, "periodic-report-finalised");
        Download download = office.waitForDownload(() -> office.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Báo cáo đã hoàn thành (DOCX)")).click());
        Path saved = Path.of("target", "report-pages", "browser-periodic-report.docx");
        Files.createDirectories(saved.getParent());
        download.saveAs(saved);
        assertThat(download.suggestedFilename()).startsWith("bao-cao-quy-iii-nam-2026-so-");
        assertThat(ReadBack.paragraphs(ReadBack.docx(Files.readAllBytes(saved))))
                .contains("- Tổ chức nghiệm thu 04 nhiệm vụ KH&CN cấp tỉnh; kiểm tra tiến độ 01 nhiệm vụ.");
    }
}
