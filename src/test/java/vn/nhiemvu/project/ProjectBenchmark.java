package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;

/**
 * The portfolio benchmark (issue #4, item 7): an agency of 50,000 projects with 20 events each (1,000,000 events,
 * their state spans and councils), generated set-based in PostgreSQL; then the register's first page with filters,
 * the year's figures, the board and a project's page, each requested sequentially after a warm-up, timed around
 * the whole request in the application (security, SQL, Thymeleaf or JSON). Not part of the normal run:
 * {@code scripts/project-bench.sh} (-Dbench=true). Figures in target/project-bench.txt and docs/projects.md.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ProjectBenchmark {

    private static final int PROJECTS = Integer.getInteger("bench.projects", 50_000);
    private static final int EVENTS = Integer.getInteger("bench.events", 20);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);
    private static final int RUNS = Integer.getInteger("bench.runs", 200);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AccountService accounts;

    @Test
    void measuresTheRegisterAndTheFiguresOfFiftyThousandProjects() throws IOException {
        String office = ProjectFixtures.newDepartment(jdbc, passwordEncoder);
        long agency = jdbc.sql("select agency_id from account where username = ?").param(office).query(Long.class)
                .single();
        long started = System.nanoTime();
        generate(agency);
        double seconds = (System.nanoTime() - started) / 1e9;
        RequestPostProcessor as = user(accounts.loadUserByUsername(office));
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
        long projectId = jdbc.sql("select id from project where agency_id = ? and state = 'DANG_THUC_HIEN' order by id limit 1")
                .param(agency).query(Long.class).single();

        explain(agency, year);
        if (Boolean.getBoolean("bench.explainOnly")) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Generated %d projects, %d events, %d state spans, %d councils in %.0f s.",
                count("project", agency), count("project_event", agency), count("project_state_span", agency),
                count("project_council", agency), seconds));
        lines.add("");
        lines.add("| case | n | mean ms | p50 ms | p95 ms | p99 ms | max ms |");
        lines.add("|---|---|---|---|---|---|---|");
        List<String[]> cases = List.of(
                new String[] {"register, first page (HTML)", "/projects"},
                new String[] {"register, level + state + field (HTML)",
                        "/projects?level=TINH&state=DANG_THUC_HIEN&field=AGRICULTURAL"},
                new String[] {"register, managed in " + year + " + level (HTML)",
                        "/projects?managedIn=" + year + "&level=TINH"},
                new String[] {"register, text without diacritics (HTML)", "/projects?q=nhiem%20vu%20thu%20tai%20so%2042"},
                new String[] {"register, htmx fragment, host filter", "/projects?host=" + hostOf(agency), "htmx"},
                new String[] {"register, JSON, managed in " + year, "/api/v1/projects?managedIn=" + year + "&size=50"},
                new String[] {"figures of " + year + " (JSON)",
                        "/api/v1/projects/figures?year=" + year + "&asOf=" + year + "-12-31"},
                new String[] {"figures of " + year + " as of 30/06 (JSON)",
                        "/api/v1/projects/figures?year=" + year + "&asOf=" + year + "-06-30"},
                new String[] {"figures of " + year + " (HTML page)", "/projects/figures?year=" + year},
                new String[] {"board by state (HTML)", "/projects/board"},
                new String[] {"a project's page, " + EVENTS + " events (HTML)", "/projects/" + projectId},
                new String[] {"search box, one project (JSON)", "/api/v1/search?q=thu%20tai%20so%2042170"},
                new String[] {"search box, words every project has (JSON)",
                        "/api/v1/search?q=nghien%20cuu%20ung%20dung%20tien%20bo%20ky%20thuat"});
        // The whole round once first, as a server that has been running: JIT, connection pool, PostgreSQL's cache.
        for (String[] c : cases) {
            for (int i = 0; i < WARMUP; i++) {
                request(c[1], as, c.length > 2);
            }
        }
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        for (String[] c : cases) {
            lines.add(measure(c[0], c[1], as, c.length > 2));
        }
        lines.add("");
        lines.add("Load average (1, 5, 15 min) before: " + loadBefore + "; after: "
                + Files.readString(Path.of("/proc/loadavg")).strip() + "; " + Runtime.getRuntime().availableProcessors()
                + " cores.");
        Path out = Path.of("target", "project-bench.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    /** The plans of the register's and the figures' main statements, for target/project-bench-plans.txt. */
    private void explain(long agency, int year) throws IOException {
        String ys = "'" + year + "-01-01'";
        String cutoff = "'" + year + "-12-31'";
        String managed = ProjectQueries.MANAGED.replace(":yearStart", ys).replace(":year", String.valueOf(year))
                .replace(":cutoff", cutoff).replace(":agency", String.valueOf(agency));
        List<String> statements = List.of(
                "select count(*) from project p where p.agency_id = " + agency,
                "select p.id, p.code, h.name from project p left join project_host h on h.id = p.host_id where "
                        + "p.agency_id = " + agency + " order by p.start_year desc, p.code limit 50",
                "select count(*) from project p where p.agency_id = " + agency + " and p.level = 'TINH' "
                        + "and p.state = 'DANG_THUC_HIEN' and p.field = '4'",
                "select p.level, p.programme, p.department_role, p.field, p.start_year < " + year
                        + ", count(*) from project p where p.agency_id = " + agency + " and " + managed
                        + " group by 1, 2, 3, 4, 5",
                "select kind, sum(n), count(*) from (select e.kind, e.project_id, count(*) as n from project_event e "
                        + "where e.agency_id = " + agency + " and e.kind in " + ProjectQueries.REPORTED_KINDS
                        + " and e.occurred_on between " + ys + " and " + cutoff
                        + " group by e.kind, e.project_id) x group by kind",
                "select p.field, count(*) from project p where p.agency_id = " + agency + " and p.start_year = "
                        + (year + 1) + " and exists (select 1 from project_state_span s where s.project_id = p.id "
                        + "and s.state = 'DE_XUAT' and s.entered_on <= " + cutoff + ") group by p.field",
                "select s.state, count(*) from project_state_span s where s.agency_id = " + agency
                        + " and s.state in ('TAM_DUNG', 'CHO_NGHIEM_THU', 'SAU_NGHIEM_THU') and s.left_on > "
                        + cutoff + " and s.entered_on <= " + cutoff + " group by s.state");
        List<String> plans = new ArrayList<>();
        for (String statement : statements) {
            plans.add("-- " + statement);
            plans.addAll(jdbc.sql("explain (analyze, buffers) " + statement).query(String.class).list());
            plans.add("");
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "project-bench-plans.txt"), plans, StandardCharsets.UTF_8);
    }

    private long hostOf(long agency) {
        return jdbc.sql("select min(id) from project_host where agency_id = ?").param(agency).query(Long.class).single();
    }

    private long count(String table, long agency) {
        return jdbc.sql("select count(*) from " + table + " where agency_id = ?").param(agency).query(Long.class)
                .single();
    }

    private String measure(String label, String uri, RequestPostProcessor as, boolean htmx) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            request(uri, as, htmx);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |", label, RUNS,
                Arrays.stream(ms).average().orElse(0), percentile(ms, 0.50), percentile(ms, 0.95),
                percentile(ms, 0.99), ms[ms.length - 1]);
    }

    private void request(String uri, RequestPostProcessor as, boolean htmx) {
        var request = mvc.get().uri(uri).with(as);
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        assertThat(request.exchange()).hasStatusOk();
    }

    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /**
     * Set-based, deterministic (every "random" choice is a hash of the project's number): each project walks the
     * lifecycle from its proposal in March of the year before its plan year — list, selection, approval, contract,
     * execution of 24 months, acceptance, after-acceptance, liquidation — as far as today allows, and 1 in 10 stalls
     * on the way; 3 in 100 close "không triển khai" in selection. Its events are its transitions plus inspections,
     * periodic reports, disbursements, mid-term reviews and workshops up to 20.
     */
    private void generate(long agency) {
        List<Long> units = jdbc.sql("select id from unit where agency_id = ? order by id").param(agency)
                .query(Long.class).list();
        jdbc.sql("""
                insert into project_host (agency_id, name)
                select ?, 'Tổ chức chủ trì thử tải ' || g from generate_series(1, 300) g""").param(agency).update();
        long hostBase = hostOf(agency) - 1;
        jdbc.sql("drop table if exists bench_p").update();
        jdbc.sql("""
                create temp table bench_p as
                with base as (
                  select g as n, 2016 + (hashint4(g) & 2147483647) % 11 as start_year,
                         (hashint4(g * 31 + 7) & 2147483647) % 100 as r1,
                         (hashint4(g * 37 + 11) & 2147483647) % 100 as r2,
                         (hashint4(g * 41 + 13) & 2147483647) % 28 as jitter
                  from generate_series(1, :count) g),
                dated as (
                  select b.*, make_date(b.start_year - 1, 3, 1) + b.jitter as d0 from base b),
                walked as (
                  select d.*, (select coalesce(max(m.i1 - 1), 0)
                               from unnest(array[0, 6, 9, 10, 11, 35, 38, 40, 44]) with ordinality as m(months, i1)
                               where d.d0 + make_interval(months => m.months) <= current_date) as reached
                  from dated d)
                select w.*, case when w.r2 < 10 then least(w.reached, w.r1 % 6) else w.reached end as depth
                from walked w""").param("count", PROJECTS).update();
        jdbc.sql("create index on bench_p (n)").update();
        jdbc.sql("""
                create temp table bench_path (i int primary key, state text, event text, months int)""").update();
        jdbc.sql("""
                insert into bench_path values (0, 'DE_XUAT', 'RECEIVE_PROPOSAL', 0), (1, 'TUYEN_CHON', 'APPROVE_LIST', 6),
                  (2, 'THAM_DINH', 'APPROVE_SELECTION', 9), (3, 'CHO_HOP_DONG', 'APPROVE_PROJECT', 10),
                  (4, 'DANG_THUC_HIEN', 'SIGN_CONTRACT', 11), (5, 'CHO_NGHIEM_THU', 'END_TERM', 35),
                  (6, 'DANG_NGHIEM_THU', 'SUBMIT_FOR_ACCEPTANCE', 38), (7, 'SAU_NGHIEM_THU', 'ACCEPT', 40),
                  (8, 'DONG', 'LIQUIDATE', 44)""").update();
        // A project stalled in selection 3 times in 100 closes "không triển khai" there.
        jdbc.sql("""
                insert into project (agency_id, code, title, short_name, level, programme, ntmn_management,
                    department_role, type, field, host_id, pi_name, start_year, duration_months, start_on, end_on,
                    total_budget, state_budget, other_budget, disbursed, unit_id, state, state_since, outcome, rating,
                    accepted_on, managed_from, closed_on, created_by)
                select :agency, 'BM-' || lpad(p.n::text, 6, '0'),
                       'Nhiệm vụ thử tải số ' || p.n || ': nghiên cứu ứng dụng tiến bộ kỹ thuật tại tỉnh',
                       'Thử tải ' || p.n,
                       case when p.r1 < 55 then 'TINH' when p.r1 < 80 then 'CO_SO' when p.r1 < 93 then 'QUOC_GIA'
                            else 'BO' end,
                       case when p.r1 >= 80 and p.r1 < 93 and p.r2 % 2 = 0 then 'NTMN' end,
                       case when p.r1 >= 80 and p.r1 < 93 and p.r2 % 2 = 0 then 'TRUNG_UONG' end,
                       case when p.r1 >= 80 and p.r1 < 93 and p.r2 < 40 then 'PHOI_HOP_QUAN_LY' else 'QUAN_LY' end,
                       (array['DE_TAI', 'DU_AN_SXTN', 'DU_AN_KHCN', 'DE_AN'])[1 + p.r2 % 4],
                       (1 + p.r2 % 6)::text,
                       case when p.depth >= 2 then :hostBase + 1 + p.n % 300 end,
                       case when p.depth >= 2 then 'Chủ nhiệm thử tải ' || p.n end,
                       p.start_year, 24,
                       case when p.depth >= 3 then p.d0 + interval '11 months' end,
                       case when p.depth >= 3 then p.d0 + interval '35 months' - interval '1 day' end,
                       case when p.depth >= 3 then 1500000000 end, case when p.depth >= 3 then 1000000000 end,
                       case when p.depth >= 3 then 500000000 end,
                       case when p.depth >= 4 then 600000000 else 0 end,
                       (array[:u1, :u2, :u3])[1 + p.n % 3],
                       case when p.depth = 1 and p.r2 < 3 then 'DONG' else path.state end,
                       case when p.depth = 1 and p.r2 < 3 then p.d0 + interval '8 months'
                            else p.d0 + make_interval(months => path.months) end,
                       case when p.depth = 8 then 'HOAN_THANH' when p.depth = 1 and p.r2 < 3 then 'KHONG_TRIEN_KHAI' end,
                       case when p.depth >= 7 then (array['KHA', 'DAT', 'XUAT_SAC'])[1 + p.r1 % 3] end,
                       case when p.depth >= 7 then p.d0 + interval '40 months' end,
                       case when p.depth >= 1 then p.d0 + interval '6 months' end,
                       case when p.depth = 8 then p.d0 + interval '44 months'
                            when p.depth = 1 and p.r2 < 3 then p.d0 + interval '8 months' end,
                       'bench'
                from bench_p p join bench_path path on path.i = p.depth""")
                .param("agency", agency).param("hostBase", hostBase).param("u1", units.get(0))
                .param("u2", units.get(1)).param("u3", units.get(2)).update();
        jdbc.sql("""
                create temp table bench_ids as
                select p.id, b.* from project p join bench_p b on p.code = 'BM-' || lpad(b.n::text, 6, '0')
                where p.agency_id = ?""").param(agency).update();
        jdbc.sql("""
                insert into project_state_span (agency_id, project_id, state, outcome, entered_on, left_on)
                select :agency, b.id, path.state, null, b.d0 + make_interval(months => path.months),
                       case when path.i < b.depth or (b.depth = 1 and b.r2 < 3)
                            then (b.d0 + make_interval(months => coalesce(next.months, 8)))::date
                            else 'infinity'::date end
                from bench_ids b join bench_path path on path.i <= b.depth
                left join bench_path next on next.i = path.i + 1 and path.i < b.depth""")
                .param("agency", agency).update();
        jdbc.sql("""
                insert into project_state_span (agency_id, project_id, state, outcome, entered_on)
                select :agency, b.id, 'DONG', 'KHONG_TRIEN_KHAI', b.d0 + interval '8 months'
                from bench_ids b where b.depth = 1 and b.r2 < 3""").param("agency", agency).update();
        jdbc.sql("update project_state_span set outcome = 'HOAN_THANH' where agency_id = ? and state = 'DONG' "
                + "and outcome is null").param(agency).update();
        jdbc.sql("""
                insert into project_event (agency_id, project_id, category, kind, occurred_on, from_state, to_state,
                                           outcome, rating, recorded_by)
                select :agency, b.id, 'TRANSITION', path.event, b.d0 + make_interval(months => path.months),
                       prev.state, path.state, case when path.i = 8 then 'HOAN_THANH' end,
                       case when path.i = 7 then (array['KHA', 'DAT', 'XUAT_SAC'])[1 + b.r1 % 3] end, 'bench'
                from bench_ids b join bench_path path on path.i <= b.depth
                left join bench_path prev on prev.i = path.i - 1""").param("agency", agency).update();
        jdbc.sql("""
                insert into project_event (agency_id, project_id, category, kind, occurred_on, amount, note,
                                           recorded_by)
                select :agency, b.id, 'ACTIVITY',
                       (array['INSPECTION', 'PERIODIC_REPORT', 'DISBURSEMENT', 'MID_TERM_REVIEW', 'WORKSHOP'])[1 + k % 5],
                       least(current_date, (b.d0 + make_interval(months => 11))::date + k * 40),
                       case when k % 5 = 2 then 60000000 end, 'Sự kiện thử tải ' || k, 'bench'
                from bench_ids b cross join generate_series(1, :events) k
                where k <= :events - (b.depth + 1)""").param("agency", agency).param("events", EVENTS).update();
        jdbc.sql("""
                insert into project_council (agency_id, project_id, kind, meeting_on, concluded, rating, created_by)
                select :agency, b.id, 'IDENTIFICATION', b.d0 + interval '5 months', true, null, 'bench'
                from bench_ids b where b.depth >= 1
                union all
                select :agency, b.id, 'ACCEPTANCE', b.d0 + interval '40 months', true,
                       (array['KHA', 'DAT', 'XUAT_SAC'])[1 + b.r1 % 3], 'bench'
                from bench_ids b where b.depth >= 7""").param("agency", agency).update();
        // As autovacuum leaves a table in production: statistics, and the visibility map index-only scans need.
        for (String table : List.of("project", "project_state_span", "project_event", "project_council",
                "project_host")) {
            jdbc.sql("vacuum analyze " + table).update();
        }
    }
}
