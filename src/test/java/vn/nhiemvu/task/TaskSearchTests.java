package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchHit;
import vn.nhiemvu.search.SearchService;

/**
 * Search among many matching tasks, where the newest matches are found among the agency's newest rows
 * ({@link TaskSearch#WINDOW}) rather than through every match of the full-text index: the same rows, ranked the
 * same way, and only those the user may see.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskSearchTests {

    /** Twice as many matches as are ranked, half for each of two units, one in two tasks. */
    static final int MATCHES = 2 * TaskSearch.CANDIDATES + 60;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DirectiveService directives;

    @Autowired
    AccountService accounts;

    @Autowired
    SearchService search;

    @Autowired
    MockMvcTester mvc;

    String officeUsername;
    String unitHeadUsername;
    long tdc;
    long phrase;
    long oldestPhrase;

    @BeforeAll
    void aDepartmentWithManyTasksOnDigitalTransformation() {
        officeUsername = DepartmentFixtures.newDepartment(jdbc, passwordEncoder, directives);
        long agencyId = jdbc.sql("select agency_id from account where username = ?").param(officeUsername)
                .query(Long.class).single();
        long qlkh = unit(agencyId, "QLKH");
        tdc = unit(agencyId, "TĐC");
        long issuer = jdbc.sql("select min(id) from issuer where agency_id = ?").param(agencyId).query(Long.class)
                .single();
        oldestPhrase = task(agencyId, issuer, qlkh, "Xây dựng đề án chuyển đổi số của Sở");
        for (int i = 0; i < MATCHES; i++) {
            task(agencyId, issuer, i % 2 == 0 ? qlkh : tdc,
                    "Số hóa hồ sơ lưu trữ, đổi mới quy trình và chuyển giao dữ liệu đợt " + (i + 1));
            task(agencyId, issuer, qlkh, "Kiểm tra đo lường hàng đóng gói sẵn đợt " + (i + 1));
        }
        phrase = task(agencyId, issuer, tdc, "Báo cáo kết quả chuyển đổi số năm 2026");
        for (int i = 0; i < 10; i++) {
            task(agencyId, issuer, qlkh, "Số hóa hồ sơ, đổi mới và chuyển giao công nghệ, bổ sung " + (i + 1));
        }
        long person = jdbc.sql("insert into person (agency_id, unit_id, full_name) values (?, ?, 'Lê Thị Hoa') returning id")
                .params(agencyId, tdc).query(Long.class).single();
        unitHeadUsername = officeUsername.replace("vanphong", "truongtdc");
        jdbc.sql("insert into account (agency_id, username, password_hash, role, person_id) values (?, ?, ?, 'UNIT_HEAD', ?)")
                .params(agencyId, unitHeadUsername, passwordEncoder.encode(DepartmentFixtures.PASSWORD), person).update();
    }

    private long unit(long agencyId, String code) {
        return jdbc.sql("select id from unit where agency_id = ? and code = ?").params(agencyId, code)
                .query(Long.class).single();
    }

    private long task(long agencyId, long issuer, long unit, String content) {
        return jdbc.sql("""
                insert into task (agency_id, issuer_id, content, lead_unit_id, assigned_on, deadline_kind, work_state,
                                  created_by)
                values (?, ?, ?, ?, date '2026-01-05', 'NONE', 'DANG_THUC_HIEN', 'test') returning id""")
                .params(agencyId, issuer, content, unit).query(Long.class).single();
    }

    private List<SearchHit> tasksFound(String username, String typed) {
        return search.search((SignedInUser) accounts.loadUserByUsername(username), typed).byKind()
                .getOrDefault("task", List.of());
    }

    private Set<Long> newestMatches(Long unit) {
        return new java.util.HashSet<>(jdbc.sql("""
                select id from task where content like 'Số hóa hồ sơ%' and agency_id = (select agency_id from account
                where username = ?) and (cast(? as bigint) is null or lead_unit_id = ?) order by id desc limit ?""")
                .params(officeUsername, unit, unit, TaskSearch.CANDIDATES).query(Long.class).list());
    }

    @Test
    void ranksTheWordsStandingTogetherFirstAmongTheNewestMatches() {
        List<SearchHit> hits = tasksFound(officeUsername, "chuyen doi so");

        assertThat(hits).hasSize(SearchService.PER_KIND);
        assertThat(hits.get(0).id()).isEqualTo(phrase);
        Set<Long> newest = newestMatches(null);
        newest.add(phrase);
        assertThat(hits).extracting(SearchHit::id).allMatch(newest::contains).doesNotContain(oldestPhrase);
    }

    @Test
    void findsAmongTheNewestRowsOnlyWhatTheUserMaySee() {
        List<SearchHit> hits = tasksFound(unitHeadUsername, "chuyen doi so");

        assertThat(hits).hasSize(SearchService.PER_KIND);
        assertThat(hits.get(0).id()).isEqualTo(phrase);
        Set<Long> visible = jdbc.sql("select id from task where lead_unit_id = ?").param(tdc).query(Long.class).set();
        assertThat(hits).extracting(SearchHit::id).allMatch(visible::contains);
        Set<Long> newest = newestMatches(tdc);
        newest.add(phrase);
        assertThat(hits.stream().map(SearchHit::id).collect(Collectors.toSet())).isSubsetOf(newest);
    }

    @Test
    void findsARareWordOutsideTheNewestRows() {
        assertThat(tasksFound(officeUsername, "xay dung de an")).extracting(SearchHit::id).containsExactly(oldestPhrase);
    }

    /** The list's text filter: the words typed are words of the task or its directive, the last one perhaps unfinished. */
    @Test
    void filtersTheTaskListByWholeWordsAndAnUnfinishedLastOne() {
        int digitalTransformation = 1 + MATCHES + 1 + 10;
        assertListTotal("chuyen doi so", digitalTransformation);
        assertListTotal("Số đổi chuyển", digitalTransformation);
        assertListTotal("chuyển đổ", digitalTransformation);
        assertListTotal("chuy đổi", 0);
        assertListTotal("kiem tra do luong dot 7", 11);
        assertListTotal("đo lường xyz", 0);
    }

    private void assertListTotal(String text, int total) {
        assertThat(mvc.get().uri("/api/v1/tasks").param("q", text).param("size", "1")
                .with(httpBasic(officeUsername, DepartmentFixtures.PASSWORD)))
                .as(text).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(total);
    }
}
