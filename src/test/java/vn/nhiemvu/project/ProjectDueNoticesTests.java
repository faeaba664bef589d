package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;

/**
 * What is due on a project reaches its people in the bell: the head of the managing unit hears a few days ahead
 * that the execution time ends, and once the acceptance dossier is late; each only once.
 */
@IntegrationTest
class ProjectDueNoticesTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectService projects;

    @Autowired
    vn.nhiemvu.org.AccountService accounts;

    private List<String> noticesOfUnitHead(String code) {
        return jdbc.sql("""
                select n.title from notification n join account a on a.id = n.account_id
                where a.username = 'truongphong' and n.title like ? order by n.id""")
                .param("%" + code + "%").query(String.class).list();
    }

    @Test
    void tellsTheUnitHeadOfAnEndingTermAndALateDossierOnce() {
        ProjectApi office = new ProjectApi(mvc, "vanphong");
        long ending = office.create("""
                "title":"Nghiên cứu nhân giống lan Kim tuyến bằng nuôi cấy mô","level":"TINH","type":"DE_TAI",
                "field":"4","startYear":%d,"unit":"QLKH","startOn":"%s","endOn":"%s",
                "state":"DANG_THUC_HIEN","stateSince":"%s",
                "proposal":{"kind":"HOP_DONG","number":"07/HĐ-KHCN","date":"%s"}"""
                .formatted(TODAY.minusMonths(5).getYear(), TODAY.minusMonths(5), TODAY.plusDays(5),
                        TODAY.minusMonths(5), TODAY.minusMonths(5)));
        long late = office.create("""
                "title":"Xây dựng mô hình nuôi ong mật lấy sáp","level":"TINH","type":"DU_AN_SXTN","field":"4",
                "startYear":%d,"unit":"QLKH","startOn":"%s","endOn":"%s",
                "state":"CHO_NGHIEM_THU","stateSince":"%s",
                "proposal":{"kind":"HOP_DONG","number":"08/HĐ-KHCN","date":"%s"}"""
                .formatted(TODAY.minusYears(2).getYear(), TODAY.minusYears(2), TODAY.minusDays(100),
                        TODAY.minusDays(99), TODAY.minusDays(99)));
        String endingCode = office.json("/api/v1/projects/" + ending).read("$.code");
        String lateCode = office.json("/api/v1/projects/" + late).read("$.code");

        assertThat(projects.announceDue(TODAY)).isPositive();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(noticesOfUnitHead(endingCode)).containsExactly(
                    "Sắp đến hạn: Kết thúc thời gian thực hiện — " + endingCode
                            + " Nghiên cứu nhân giống lan Kim tuyến bằng nuôi cấy mô");
            assertThat(noticesOfUnitHead(lateCode)).containsExactly(
                    "Đã quá hạn: Nộp hồ sơ đề nghị đánh giá, nghiệm thu — " + lateCode
                            + " Xây dựng mô hình nuôi ong mật lấy sáp");
        });

        // In the bell, under its kind.
        assertThat(mvc.get().uri("/notifications").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(accounts.loadUserByUsername("truongphong"))))
                .hasStatusOk().bodyText().contains("Việc sắp đến hạn của nhiệm vụ KH&amp;CN",
                        "Việc quá hạn của nhiệm vụ KH&amp;CN", endingCode);

        projects.announceDue(TODAY);
        projects.announceDue(TODAY.plusDays(1));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
            assertThat(noticesOfUnitHead(endingCode)).hasSize(1);
            assertThat(noticesOfUnitHead(lateCode)).hasSize(1);
        });
    }
}
