package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/**
 * The councils calendar: the meetings of a month week by week, each linked to its project, filtered by kind, with the
 * neighbouring months one click away, an empty state, and only the projects the user sees.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectCouncilCalendarTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    long project;

    @BeforeAll
    void aProjectWithTwoCouncilsInMay2019() {
        ProjectApi office = new ProjectApi(mvc, "vanphong");
        project = office.create("""
                "title":"Nghiên cứu bảo tồn nguồn gen chè Shan tuyết Bản Ven","shortName":"Chè Shan tuyết Bản Ven",
                "level":"TINH","type":"DE_TAI","field":"4","origin":"DE_XUAT","proposer":"UBND huyện Chợ Đồn",
                "startYear":2020,"unit":"CSSHTT","proposal":{"kind":"PHIEU_DE_XUAT","date":"2019-04-02"}""");
        for (String[] council : new String[][] {{"IDENTIFICATION", "2019-05-07"}, {"APPRAISAL", "2019-05-20"}}) {
            assertThat(office.post("/api/v1/projects/" + project + "/councils", """
                    {"kind":"%s","meetingOn":"%s","decisionNumber":"45/QĐ-SKHCN","members":[
                      {"name":"Hoàng Văn Thái","title":"TS.","organisation":"Viện Khoa học Nông nghiệp Việt Nam",
                       "role":"CHAIR"}]}""".formatted(council[0], council[1]))).hasStatus(201);
        }
    }

    private MvcTestResult calendar(String username, String query) {
        return mvc.get().uri("/projects/councils" + query).with(user(accounts.loadUserByUsername(username))).exchange();
    }

    @Test
    void listsTheMonthsMeetingsByWeekEachLinkedToItsProject() {
        assertThat(calendar("vanphong", "?month=2019-05")).hasStatusOk().bodyText().contains(
                "Lịch họp Hội đồng", "Tháng 05/2019: 2 cuộc họp", "Tuần 06/05/2019 – 12/05/2019",
                "Thứ Ba", "07/05/2019", "Hội đồng tư vấn xác định nhiệm vụ", "Tổ thẩm định nội dung và kinh phí",
                "Chè Shan tuyết Bản Ven", "/projects/" + project + "#councils",
                "Quyết định thành lập số 45/QĐ-SKHCN",
                "href=\"/projects/councils?month=2019-04", "href=\"/projects/councils?month=2019-06");
    }

    @Test
    void filtersByKindAndKeepsTheKindWhenMovingMonths() {
        assertThat(calendar("vanphong", "?month=2019-05&kind=APPRAISAL")).hasStatusOk().bodyText()
                .contains("Tháng 05/2019: 1 cuộc họp", "Tổ thẩm định nội dung và kinh phí",
                        "href=\"/projects/councils?month=2019-06&amp;kind=APPRAISAL\"")
                .doesNotContain("Thứ Ba");
    }

    @Test
    void saysSoWhenNoCouncilMeetsAndShowsOnlyWhatTheUserSees() {
        assertThat(calendar("vanphong", "?month=2019-06")).hasStatusOk().bodyText()
                .contains("Không có Hội đồng nào họp trong tháng này.");
        assertThat(calendar("chuyenvien", "?month=2019-05")).hasStatusOk().bodyText()
                .doesNotContain("Chè Shan tuyết Bản Ven");
    }

    @Test
    void isLinkedFromTheProjectScreens() {
        assertThat(calendar("vanphong", "")).hasStatusOk();
        assertThat(mvc.get().uri("/projects").with(user(accounts.loadUserByUsername("giamdoc"))).exchange())
                .bodyText().contains("href=\"/projects/councils\"");
    }
}
