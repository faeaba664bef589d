package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/** Every figure of the dashboard is a link to a list that holds exactly that many tasks. */
@IntegrationTest
class DashboardTests {

    private static final Pattern TILE = Pattern.compile(
            "<a class=\"tile status-(\\w+)\"\\s+href=\"([^\"]+)\">\\s*<span class=\"n\">(\\d+)</span>");
    private static final Pattern COUNT = Pattern.compile("<p class=\"muted\">(\\d+) nhiệm vụ");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    TaskService tasks;

    @Test
    void eachFigureOfTheLeadersDashboardEqualsTheCountOfItsList() throws Exception {
        String page = mvc.get().uri("/").with(user(accounts.loadUserByUsername("giamdoc"))).exchange()
                .getMvcResult().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher tile = TILE.matcher(page);
        int tiles = 0;
        while (tile.find()) {
            tiles++;
            String href = tile.group(2).replace("&amp;", "&");
            String list = mvc.get().uri(href).with(user(accounts.loadUserByUsername("giamdoc"))).exchange()
                    .getMvcResult().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            Matcher count = COUNT.matcher(list);
            assertThat(count.find()).as(href).isTrue();
            assertThat(count.group(1)).as(tile.group(1)).isEqualTo(tile.group(3));
        }
        assertThat(tiles).isEqualTo(5);
    }

    @Test
    void showsTheUnitHeadTheUnitsOverdueTasks() {
        LocalDate today = tasks.today();
        assertThat(mvc.get().uri("/").with(user(accounts.loadUserByUsername("truongphong"))))
                .hasStatusOk()
                .bodyText().contains("Nhiệm vụ của Phòng Quản lý khoa học")
                .contains("Kiểm tra việc thực hiện các nhiệm vụ khoa học và công nghệ cấp tỉnh chuyển tiếp")
                .doesNotContain("Kiểm định, hiệu chuẩn phương tiện đo nhóm 2");
        assertThat(today.with(IsoFields.DAY_OF_QUARTER, 1)).isBeforeOrEqualTo(today);
    }
}
