package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/** Terms counted in working days (domain spec §2.3.4, §5.8), from the task form and the API. */
@IntegrationTest
class WorkingDaysTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void theApiCountsTheSpecExampleAcrossTet2026() {
        // "Trong 05 ngày làm việc kể từ ngày 12/02/2026": day 1 = 13/02, 14–22/02 off, days 2–5 = 23–26/02.
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-02-12&days=5").with(as("chuyenvien")))
                .hasStatusOk()
                .bodyJson().isLenientlyEqualTo("""
                        {"from":"2026-02-12","workingDays":5,"due":"2026-02-26"}""");
    }

    @Test
    void theApiRefusesANumberOfDaysOutOfRange() {
        assertThat(mvc.get().uri("/api/v1/calendar/working-days?from=2026-02-12&days=0").with(as("chuyenvien")))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo("Số ngày làm việc phải từ 1 đến 400.");
    }

    @Test
    void theFormGetsTheDateAndTheWordingWhenItIsStillEmpty() {
        assertThat(mvc.get().uri("/tasks/working-days?workingFrom=2026-02-12&workingDays=5&deadlineText=")
                .with(as("chuyenvien")))
                .hasStatusOk()
                .bodyText()
                .contains("Hạn: 26/02/2026 — ngày làm việc thứ 5 kể từ ngày 12/02/2026.")
                .contains("id=\"deadlineDate\"", "value=\"2026-02-26\"")
                .contains("value=\"trong 05 ngày làm việc kể từ ngày 12/02/2026\"");
    }

    @Test
    void theFormKeepsWordingTheUserWroteAndExplainsMissingInput() {
        assertThat(mvc.get().uri("/tasks/working-days?workingFrom=2026-02-12&workingDays=5&deadlineText=Theo KL 12")
                .with(as("chuyenvien")))
                .hasStatusOk()
                .bodyText().contains("value=\"2026-02-26\"").doesNotContain("id=\"deadlineText\"");
        assertThat(mvc.get().uri("/tasks/working-days?workingFrom=2026-02-12").with(as("chuyenvien")))
                .hasStatusOk()
                .bodyText().contains("Hãy nhập số ngày làm việc và ngày mốc.").doesNotContain("deadlineDate");
    }
}
