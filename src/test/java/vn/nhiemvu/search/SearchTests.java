package vn.nhiemvu.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.OrgFixtures;

/** The search box understands Vietnamese typed without diacritics, with small typos and abbreviations. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeAll
    void someWork() {
        post("/api/v1/directives", """
                {"reference":"77/SKHCN-TK","issuedOn":"2026-03-02","issuer":"UBND tỉnh","kind":"CV",
                 "summary":"V/v thống kê tiềm lực khoa học và công nghệ của tỉnh"}""");
        long directive = directiveId("77/SKHCN-TK");
        post("/api/v1/tasks", """
                {"directiveId":%d,"content":"Tổng hợp phiếu điều tra tiềm lực KH&CN các doanh nghiệp","leadUnit":"QLKH"}"""
                .formatted(directive));
        post("/api/v1/tasks", """
                {"directiveId":%d,"content":"Kiểm định đồng hồ đo nước tại các hộ gia đình huyện Lục Ngạn","leadUnit":"TĐC"}"""
                .formatted(directive));
    }

    private void post(String uri, String json) {
        assertThat(mvc.post().uri(uri).with(OrgFixtures.basic("vanphong")).contentType(MediaType.APPLICATION_JSON)
                .content(json)).hasStatus(201);
    }

    private long directiveId(String reference) {
        return jdbc.sql("select id from directive where reference = ?").param(reference).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult api(String username, String q) {
        return mvc.get().uri("/api/v1/search").param("q", q).with(OrgFixtures.basic(username)).exchange();
    }

    @Test
    void findsATaskTypedWithoutDiacritics() {
        assertThat(api("vanphong", "dong ho do nuoc luc ngan")).hasStatusOk()
                .bodyJson().extractingPath("$[?(@.kind=='task')].title").asArray()
                .contains("Kiểm định đồng hồ đo nước tại các hộ gia đình huyện Lục Ngạn");
    }

    @Test
    void toleratesASmallTypo() {
        assertThat(api("vanphong", "kiem dinh dong ho nuooc")).hasStatusOk()
                .bodyJson().extractingPath("$[?(@.kind=='task')].title").asArray()
                .contains("Kiểm định đồng hồ đo nước tại các hộ gia đình huyện Lục Ngạn");
    }

    @Test
    void correctsATypoAgainstTheWordsOfTheTextsAndFindsNothingForAWordNoTextHasLike() {
        assertThat(api("vanphong", "thong ke tiem lucc")).bodyJson()
                .extractingPath("$[?(@.kind=='directive')].title").asArray()
                .contains("77/SKHCN-TK ngày 02/03/2026");
        assertThat(api("vanphong", "kiem dinh zzqxw")).hasStatusOk().bodyJson().isEqualTo("[]");
    }

    @Test
    void findsKhcnWhenTypedInFullAndTheFullWordsWhenAbbreviated() {
        assertThat(api("vanphong", "tiem luc khoa hoc va cong nghe")).bodyJson()
                .extractingPath("$[?(@.kind=='task')].title").asArray()
                .contains("Tổng hợp phiếu điều tra tiềm lực KH&CN các doanh nghiệp");
        assertThat(api("vanphong", "thong ke tiem luc KHCN")).bodyJson()
                .extractingPath("$[?(@.kind=='directive')].title").asArray()
                .contains("77/SKHCN-TK ngày 02/03/2026");
    }

    @Test
    void findsAnAbbreviationBySomeOfItsWords() {
        for (String typed : new String[] {"tiem luc khoa hoc cong nghe", "tiem luc cong nghe", "phieu KH&CN"}) {
            assertThat(api("vanphong", typed)).as(typed).bodyJson()
                    .extractingPath("$[?(@.kind=='task')].title").asArray()
                    .contains("Tổng hợp phiếu điều tra tiềm lực KH&CN các doanh nghiệp");
        }
        assertThat(api("vanphong", "dong ho do nuoc KHCN")).bodyJson()
                .extractingPath("$[?(@.kind=='task')].title").asArray()
                .doesNotContain("Kiểm định đồng hồ đo nước tại các hộ gia đình huyện Lục Ngạn");
    }

    @Test
    void findsOnlyWhatTheUserMaySee() {
        assertThat(api("chuyenvien", "dong ho do nuoc luc ngan")).hasStatusOk()
                .bodyJson().extractingPath("$[?(@.kind=='task')]").asArray().isEmpty();
        assertThat(api("chuyenvien", "phieu dieu tra tiem luc")).bodyJson()
                .extractingPath("$[?(@.kind=='task')].title").asArray()
                .contains("Tổng hợp phiếu điều tra tiềm lực KH&CN các doanh nghiệp");
    }

    @Test
    void answersEmptyShortAndHugeQueriesSensibly() {
        assertThat(api("vanphong", "")).hasStatusOk().bodyJson().isEqualTo("[]");
        assertThat(api("vanphong", "a")).hasStatusOk().bodyJson().isEqualTo("[]");
        assertThat(api("vanphong", "kiểm định ".repeat(1000))).hasStatusOk();
    }

    @Test
    void showsResultsGroupedByKindWithTheWordsMarked() {
        assertThat(mvc.get().uri("/search").param("q", "tiem luc").with(user(accounts.loadUserByUsername("vanphong"))))
                .hasStatusOk()
                .bodyText().contains("Nhiệm vụ", "Văn bản chỉ đạo", "<mark>tiềm</mark> <mark>lực</mark>");
    }
}
