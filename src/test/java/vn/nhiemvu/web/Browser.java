package vn.nhiemvu.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import vn.nhiemvu.IntegrationTest;

/**
 * Debian's headless Chromium driven by Playwright; it talks to loopback only (STACK.md lists the flags).
 * Screenshots land in target/screenshots for a person to look at.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String base;

    public Browser(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable()))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--lang=vi-VN", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                        "--proxy-server=http://127.0.0.1:9",
                        "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate",
                        "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--no-pings")));
    }

    private static String executable() {
        String configured = System.getenv("CHROMIUM");
        return configured != null ? configured : "/usr/bin/chromium";
    }

    /** A fresh browser profile, as a new user would open it, with a desktop-sized window. */
    public Page newPage() {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(1280, 900)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh")
                .setExtraHTTPHeaders(java.util.Map.of("Accept-Language", "vi-VN,vi")));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** A fresh page signed in as a demo account, on the home page. */
    public Page logIn(String username) {
        Page page = newPage();
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(IntegrationTest.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        assertThat(page).hasURL(url("/"));
        return page;
    }

    public String url(String path) {
        return base + path;
    }

    /** What the window shows, for pages too long for a whole-page picture. */
    public static void screenshotWindow(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
