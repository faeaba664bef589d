package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.nhiemvu.IntegrationTest;
import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.task.Deadline;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveDraft;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskService;

/**
 * How long an annual report with a 5,000-row appendix takes, as DOCX and XLSX (issue #5 item 8; aim: under 3 s).
 * A benchmark, not a test: its name keeps it out of the normal run; {@code scripts/report-bench.sh} runs it and
 * prints the figures (also written to {@code target/report-bench.txt}).
 */
@IntegrationTest
@Tag("benchmark")
class TaskReportBenchmark {

    private static final int TASKS = Integer.getInteger("bench.tasks", 5000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final String REPORT = "/api/v1/task-report?from=2022-12-15&to=2023-12-14&asOf=2023-12-14"
            + "&date=2023-12-18&format=";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DirectiveService directives;

    @Autowired
    TaskService tasks;

    @Autowired
    AccountService accounts;

    @Autowired
    ReportService reports;

    @Test
    void rendersAnAnnualReportWithFiveThousandTasks() throws IOException {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run it with scripts/report-bench.sh (-Dbench=true)");
        ReportFixtures department = ReportFixtures.newDepartment(mvc, jdbc, passwordEncoder, directives);
        SignedInUser user = (SignedInUser) accounts.loadUserByUsername(department.username);
        long start = System.nanoTime();
        record(user);
        double recording = seconds(System.nanoTime() - start);

        List<String> lines = new ArrayList<>();
        lines.add("Annual report, " + TASKS + " tasks (recorded in " + format(recording) + " s), median of " + RUNS
                + " runs after one warm-up, " + machine());
        for (String fileFormat : List.of("docx", "xlsx")) {
            byte[] file = get(department, REPORT + fileFormat);
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                file = get(department, REPORT + fileFormat);
                times[i] = seconds(System.nanoTime() - t);
            }
            lines.add(String.format(Locale.ROOT, "%s: median %.2f s (min %.2f, max %.2f), %d KB", fileFormat,
                    median(times), Arrays.stream(times).min().orElse(0), Arrays.stream(times).max().orElse(0),
                    file.length / 1024));
        }
        double[] compile = new double[RUNS];
        double[] docx = new double[RUNS];
        double[] xlsx = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            TaskReport report = reports.taskReport(user, ReportingPeriod.year(2023), null, null, null);
            compile[i] = seconds(System.nanoTime() - t);
            assertThat(report.rowCount()).isEqualTo(TASKS);
            t = System.nanoTime();
            TaskReportDocx.render(report);
            docx[i] = seconds(System.nanoTime() - t);
            t = System.nanoTime();
            TaskReportXlsx.render(report);
            xlsx[i] = seconds(System.nanoTime() - t);
        }
        lines.add(String.format(Locale.ROOT, "of which: reading %d rows from the task module %.2f s, "
                + "writing DOCX %.2f s, writing XLSX %.2f s (medians)", TASKS, median(compile), median(docx),
                median(xlsx)));
        double[] byDue = new double[RUNS];
        double[] byAssignment = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            byDue[i] = paging(user, vn.nhiemvu.task.TaskFilter.Sort.DUE);
            byAssignment[i] = paging(user, vn.nhiemvu.task.TaskFilter.Sort.ASSIGNED_DESC);
        }
        lines.add(String.format(Locale.ROOT, "paging through the %d rows, %d a page: sorted by due date %.2f s, "
                + "by assignment %.2f s (medians)", TASKS, vn.nhiemvu.task.TaskFilter.MAX_PAGE_SIZE, median(byDue),
                median(byAssignment)));
        lines.add("load average during the run: " + load());
        write(lines);
        if (Boolean.getBoolean("bench.pdf") && ReadBack.onPath("soffice")) {
            long t = System.nanoTime();
            MvcTestResult result = mvc.get().uri(REPORT + "pdf").with(department.auth()).exchange();
            double took = seconds(System.nanoTime() - t);
            byte[] pdf = result.getMvcResult().getResponse().getContentAsByteArray();
            lines.add(result.getMvcResult().getResponse().getStatus() == 200
                    ? String.format(Locale.ROOT, "pdf (LibreOffice, one run): %.2f s, %d pages", took,
                            ReadBack.pdfPages(pdf))
                    : String.format(Locale.ROOT, "pdf (LibreOffice, one run): answered %d after %.2f s",
                            result.getMvcResult().getResponse().getStatus(), took));
            write(lines);
        }
    }

    private double paging(SignedInUser user, vn.nhiemvu.task.TaskFilter.Sort sort) {
        long start = System.nanoTime();
        int rows = 0;
        for (int page = 0;; page++) {
            vn.nhiemvu.shared.Page<vn.nhiemvu.task.TaskRow> result = tasks.tasks(user, new vn.nhiemvu.task.TaskFilter(
                    vn.nhiemvu.task.TaskFilter.Scope.ALL, null, null, LocalDate.of(2023, 12, 14),
                    LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14), null, null, null, null, null, sort, page,
                    vn.nhiemvu.task.TaskFilter.MAX_PAGE_SIZE));
            rows += result.items().size();
            if (!result.hasNext()) {
                break;
            }
        }
        assertThat(rows).isEqualTo(TASKS);
        return seconds(System.nanoTime() - start);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void write(List<String> lines) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-bench.txt"), lines, StandardCharsets.UTF_8);
        System.out.println("BENCH " + lines.get(lines.size() - 1));
    }

    /** A year of tasks: most completed (a few late), some in progress or overdue, some undated. */
    private void record(SignedInUser user) {
        Random random = new Random(20231214);
        String[] units = {"VP", "QLKH", "CSSHTT", "TĐC", "TTUD"};
        LocalDate first = LocalDate.of(2022, 12, 15);
        Directive directive = null;
        for (int i = 0; i < TASKS; i++) {
            LocalDate assigned = first.plusDays(random.nextInt(340));
            if (i % 10 == 0) {
                directive = directives.register(user, new DirectiveDraft((i / 10 + 1) + "/UBND-BENCH", assigned, null,
                        "UBND tỉnh", "CV", "Văn bản chỉ đạo số " + (i / 10 + 1) + " về nhiệm vụ năm 2023", false, null),
                        null);
            }
            LocalDate on = directive.issuedOn();
            boolean undated = random.nextInt(20) == 0;
            LocalDate due = on.plusDays(10 + random.nextInt(50));
            long id = tasks.assign(user, new TaskDraft(directive.id(), null, "Nhiệm vụ số " + (i + 1)
                    + ": tham mưu, xây dựng báo cáo và triển khai thực hiện các nội dung theo chỉ đạo của UBND tỉnh "
                    + "về lĩnh vực khoa học và công nghệ trên địa bàn tỉnh", null, null, null, units[i % units.length],
                    List.of(), List.of(), List.of(), on, undated ? Deadline.none() : Deadline.on(due)));
            if (random.nextInt(10) < 7) {
                LocalDate done = undated ? on.plusDays(20) : due.plusDays(random.nextInt(10) - 7);
                if (done.isBefore(on)) {
                    done = on;
                }
                if (!done.isAfter(LocalDate.of(2023, 12, 14))) {
                    tasks.complete(user, id, null, done, "Báo cáo số " + (i + 1) + "/BC-KHCN ngày "
                            + vn.nhiemvu.task.Dates.format(done), null);
                }
            }
        }
    }

    private byte[] get(ReportFixtures department, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(department.auth()).exchange();
        assertThat(result).hasStatusOk();
        return result.getMvcResult().getResponse().getContentAsByteArray();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse(cpu);
        } catch (IOException e) {
            // not Linux: the CPU stays unnamed
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), Java "
                + System.getProperty("java.version") + ", heap max " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB";
    }
}
