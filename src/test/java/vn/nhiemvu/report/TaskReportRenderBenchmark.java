package vn.nhiemvu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.nhiemvu.org.Agency;
import vn.nhiemvu.report.TaskReport.AppendixGroup;
import vn.nhiemvu.report.TaskReport.AppendixRow;
import vn.nhiemvu.task.TaskSummary;

/**
 * How long writing the files of an annual report with a 5,000-row appendix takes, without the database: the part
 * of {@link TaskReportBenchmark} that is this module's own. Run by {@code scripts/report-bench.sh --render}.
 */
@Tag("benchmark")
class TaskReportRenderBenchmark {

    private static final int TASKS = Integer.getInteger("bench.tasks", 5000);
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Test
    void writesTheFilesOfAnAnnualReportWithFiveThousandTasks() {
        assumeTrue(Boolean.getBoolean("bench"), "a benchmark: run it with scripts/report-bench.sh (-Dbench=true)");
        TaskReport report = report(TASKS);
        for (String format : List.of("docx", "xlsx")) {
            double[] times = new double[RUNS + 1];
            int size = 0;
            for (int i = 0; i <= RUNS; i++) {
                long start = System.nanoTime();
                byte[] file = format.equals("docx") ? TaskReportDocx.render(report) : TaskReportXlsx.render(report);
                times[i] = (System.nanoTime() - start) / 1e9;
                size = file.length;
            }
            double[] measured = Arrays.copyOfRange(times, 1, times.length);
            Arrays.sort(measured);
            System.out.printf(Locale.ROOT, "BENCH writing %s of %d rows: median %.2f s (min %.2f, max %.2f), %d KB%n",
                    format, TASKS, measured[measured.length / 2], measured[0], measured[measured.length - 1],
                    size / 1024);
            assertThat(size).isPositive();
            String out = System.getProperty("bench.out");
            if (out != null) {
                byte[] file = format.equals("docx") ? TaskReportDocx.render(report) : TaskReportXlsx.render(report);
                try {
                    java.nio.file.Files.write(java.nio.file.Path.of(out, "annual-" + TASKS + "." + format), file);
                    if (format.equals("docx")) {
                        java.nio.file.Files.write(java.nio.file.Path.of(out, "annual-" + TASKS + "-for-pdf.docx"),
                                TaskReportDocx.renderForPdf(report));
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    static TaskReport report(int tasks) {
        List<AppendixRow> done = new ArrayList<>();
        List<AppendixRow> open = new ArrayList<>();
        LocalDate first = LocalDate.of(2023, 1, 10);
        for (int i = 0; i < tasks; i++) {
            LocalDate due = first.plusDays(i % 330);
            boolean completed = i % 10 < 7;
            AppendixRow row = new AppendixRow((completed ? done.size() : open.size()) + 1,
                    (i / 10 + 1) + "/UBND-KGVX ngày " + Wording.date(due.minusDays(20)),
                    "Nhiệm vụ số " + (i + 1) + ": tham mưu, xây dựng báo cáo và triển khai thực hiện các nội dung theo "
                            + "chỉ đạo của UBND tỉnh về lĩnh vực khoa học và công nghệ trên địa bàn tỉnh",
                    Wording.date(due), due, completed ? due.minusDays(1) : null, completed ? "Đúng hạn" : "Chưa đến hạn",
                    completed ? "Báo cáo số " + (i + 1) + "/BC-KHCN ngày " + Wording.date(due.minusDays(1)) : null);
            (completed ? done : open).add(row);
        }
        List<AppendixGroup> groups = List.of(
                new AppendixGroup("I", "ĐÃ THỰC HIỆN: " + done.size() + " nhiệm vụ", done),
                new AppendixGroup("II", "ĐANG THỰC HIỆN: " + open.size() + " nhiệm vụ (trong hạn)", open),
                new AppendixGroup("III", "Chưa thực hiện: 0", List.of()));
        Letterhead letterhead = Letterhead.of(new Agency(1, "Sở Khoa học và Công nghệ tỉnh Bắc Giang",
                "UBND tỉnh Bắc Giang", "KHCN", "Bắc Giang", 0));
        return new TaskReport(letterhead, ReportingPeriod.year(2023), LocalDate.of(2023, 12, 14),
                LocalDate.of(2023, 12, 18), "UBND tỉnh",
                new TaskSummary(tasks, done.size(), 0, open.size(), 0, 0, 0, 0), groups);
    }
}
