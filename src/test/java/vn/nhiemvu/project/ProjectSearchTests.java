package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.search.Snippets;

/**
 * Projects in the search box (issue #7): found by title, code, host, PI and the words of their state, typed without
 * diacritics or with a small typo, only by those who see them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectSearchTests {

    static final String LYCHEE = "Nghiên cứu sản xuất và sử dụng phân bón chuyên dùng cho cây vải thiều";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    AccountService accounts;

    ProjectApi office;
    String host;
    long accepted;
    long executing;

    /** The same title twice in a unit the staff member of QLKH does not see: once accepted, once still executing. */
    @BeforeAll
    void twoLycheeProjects() {
        office = new ProjectApi(mvc, "vanphong");
        host = "Viện Thổ nhưỡng Nông hóa " + UUID.randomUUID().toString().substring(0, 6);
        accepted = office.create("""
                "title":"%s","level":"TINH","type":"DE_TAI","field":"4","startYear":2022,"unit":"CSSHTT",
                "host":"%s","principalInvestigator":{"name":"Trịnh Khắc Quảng","title":"PGS.TS."},
                "objectives":"Xác định công thức phân bón chuyên dùng nâng cao năng suất vải thiều Lục Ngạn",
                "startOn":"2022-01-01","endOn":"2023-12-31","durationMonths":24,
                "budget":{"total":900000000,"state":900000000,"other":0},
                "state":"SAU_NGHIEM_THU","stateSince":"2024-03-15",
                "proposal":{"kind":"BB_HD_NGHIEM_THU","number":"12/BB-HĐNT","date":"2024-03-15"}"""
                .formatted(LYCHEE, host));
        executing = office.create("""
                "title":"%s","level":"TINH","type":"DE_TAI","field":"4","startYear":2025,"unit":"CSSHTT",
                "host":"%s","principalInvestigator":{"name":"Hà Thị Mai","title":"ThS."},
                "startOn":"2025-01-01","endOn":"2026-12-31","durationMonths":24,
                "budget":{"total":800000000,"state":800000000,"other":0},
                "state":"DANG_THUC_HIEN","stateSince":"2025-01-10",
                "proposal":{"kind":"HOP_DONG","number":"02/2025/HĐ-KHCN","date":"2025-01-10"}"""
                .formatted(LYCHEE, host));
    }

    private List<Integer> found(String username, String q) {
        var result = mvc.get().uri("/api/v1/search").param("q", q).with(user(accounts.loadUserByUsername(username)))
                .exchange();
        assertThat(result).hasStatusOk();
        return ProjectApi.body(result).read("$[?(@.kind=='project')].id");
    }

    @Test
    void findsAnAcceptedProjectByTheWordsOfItsStateAndTitleTypedWithoutDiacritics() {
        assertThat(found("vanphong", "nghiem thu vai thieu")).contains((int) accepted).doesNotContain((int) executing);
        assertThat(found("vanphong", "NGHIỆM THU Vải Thiều")).contains((int) accepted);
        assertThat(found("vanphong", "dang thuc hien vai thieu")).startsWith((int) executing);
    }

    @Test
    void toleratesASmallTypo() {
        assertThat(found("vanphong", "phan bon chuyeen dung vai thieuu")).contains((int) accepted, (int) executing);
    }

    @Test
    void findsByCodeHostInvestigatorAndObjectives() {
        String code = office.json("/api/v1/projects/" + accepted).read("$.code");
        assertThat(found("vanphong", code)).contains((int) accepted);
        assertThat(found("vanphong", "tho nhuong nong hoa vai thieu")).contains((int) accepted, (int) executing);
        assertThat(found("vanphong", "trinh khac quang")).containsExactly((int) accepted);
        assertThat(found("vanphong", "nang suat vai thieu luc ngan")).contains((int) accepted);
    }

    @Test
    void findsAHostUnderItsNewName() {
        long hostId = jdbc.sql("select host_id from project where id = ?").param(accepted).query(Long.class).single();
        String renamed = "Viện Nghiên cứu Rau quả " + UUID.randomUUID().toString().substring(0, 6);
        jdbc.sql("update project_host set name = ? where id = ?").params(renamed, hostId).update();
        assertThat(found("vanphong", "vien nghien cuu rau qua nghiem thu vai thieu")).contains((int) accepted);
        jdbc.sql("update project_host set name = ? where id = ?").params(host, hostId).update();
    }

    @Test
    void findsOnlyWhatTheUserMaySee() {
        assertThat(found("giamdoc", "nghiem thu vai thieu")).contains((int) accepted);
        assertThat(found("chuyenvien", "nghiem thu vai thieu")).doesNotContain((int) accepted, (int) executing);
    }

    @Test
    void showsTheHitsUnderTheirKindWithTheStateAndTheWordsMarked() {
        assertThat(mvc.get().uri("/search").param("q", "trinh khac quang")
                .with(user(accounts.loadUserByUsername("vanphong"))))
                .hasStatusOk().bodyText()
                .contains("Đề tài, dự án KH&amp;CN", "/projects/" + accepted,
                        "Hoàn thiện hồ sơ, công nhận, đăng ký, quyết toán", "<mark>Trịnh</mark> <mark>Khắc</mark>");
    }

    /** A project recorded after its council's verdict counts as accepted that day, and its results are due 30 days on. */
    @Test
    void aProjectRecordedAfterAcceptanceIsDueForRegistration() {
        var project = office.json("/api/v1/projects/" + accepted);
        assertThat(project.read("$.acceptedOn", String.class)).isEqualTo("2024-03-15");
        assertThat(project.read("$.due[?(@.key=='project.due.registration')].date", List.class))
                .containsExactly("2024-04-14");
    }

    /** The words of each state in the index (V56) hold the state's label as users read it. */
    @Test
    void indexesEveryStateUnderItsLabel() {
        Locale vi = Locale.forLanguageTag("vi");
        for (ProjectState state : ProjectState.values()) {
            String words = jdbc.sql("select project_state_words(?, 'HOAN_THANH')").param(state.name())
                    .query(String.class).single();
            for (String word : Snippets.fold(messages.getMessage("project.ProjectState." + state, null, vi))
                    .split("[^a-z0-9]+")) {
                assertThat(Snippets.fold(words)).as(state.name()).contains(word);
            }
        }
    }
}
