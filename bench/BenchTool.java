import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small helpers of bench/tasks.sh, run as a single-file program ({@code java bench/BenchTool.java …}) so
 * that the benchmark needs nothing but the JDK the project needs anyway.
 *
 * <pre>
 * stats LABEL FILE [SCALE]           percentiles of the numbers in FILE (one a line), multiplied by SCALE, in ms
 * access LOG MARKER                  the %D (µs) of the access-log lines whose request contains MARKER, in ms
 * sqllog LOG REQUESTS OUT            PostgreSQL's statement durations (log_min_duration_statement = 0) in LOG:
 *                                    the SQL time per request, by statement; OUT.N.prepare.sql and
 *                                    OUT.N.execute.sql replay statement N as the application sent it
 * </pre>
 */
public class BenchTool {

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "stats" -> stats(args[1], Path.of(args[2]), args.length > 3 ? Double.parseDouble(args[3]) : 1.0);
            case "access" -> access(Path.of(args[1]), args[2]);
            case "sqllog" -> sqlLog(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // ----- percentiles

    static void stats(String label, Path file, double scale) throws IOException {
        double[] values = Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty())
                .mapToDouble(s -> Double.parseDouble(s) * scale).sorted().toArray();
        if (values.length == 0) {
            System.out.printf(Locale.ROOT, "| %s | 0 | | | | | |%n", label);
            return;
        }
        double mean = Arrays.stream(values).average().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", label, values.length, mean,
                percentile(values, 0.50), percentile(values, 0.95), percentile(values, 0.99),
                values[values.length - 1]);
    }

    /** Nearest rank. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    // ----- Tomcat access log: "%r %s %D" with %D in microseconds (Tomcat 10.1+)

    static void access(Path log, String marker) throws IOException {
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(marker)) {
                String[] parts = line.strip().split(" ");
                System.out.println(Double.parseDouble(parts[parts.length - 1]) / 1000.0);
            }
        }
    }

    // ----- PostgreSQL's statement log (log_min_duration_statement = 0)

    private static final Pattern PG_LINE = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\w+ \\[\\d+\\] (LOG|DETAIL|STATEMENT|ERROR|WARNING):  (.*)$");
    private static final Pattern DURATION = Pattern.compile(
            "^duration: ([0-9.]+) ms  (parse|bind|execute) ([^:]+): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("\\$(\\d+) = (NULL|'(?:[^']|'')*')");

    record Record(String kind, String text) {
    }

    record Statement(String sql, List<String> params) {
    }

    static final class Totals {
        double ms;
        int executions;
        String sql;
        List<String> params;
    }

    static void sqlLog(Path log, int requests, String out) throws IOException {
        List<Record> records = new ArrayList<>();
        StringBuilder current = null;
        String kind = null;
        for (String raw : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // PostgreSQL's own log file, or its lines relayed by the application log
            int at = raw.indexOf("EmbeddedPostgres");
            int colon = at < 0 ? -1 : raw.indexOf(": ", at);
            String line = colon < 0 ? raw : raw.substring(colon + 2);
            Matcher m = PG_LINE.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    records.add(new Record(kind, current.toString()));
                }
                kind = m.group(1);
                current = new StringBuilder(m.group(2));
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            records.add(new Record(kind, current.toString()));
        }
        double total = 0;
        Map<String, Totals> byStatement = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Record r = records.get(i);
            if (!r.kind().equals("LOG")) {
                continue;
            }
            Matcher m = DURATION.matcher(r.text());
            if (!m.matches()) {
                continue;
            }
            double ms = Double.parseDouble(m.group(1));
            total += ms;
            String sql = m.group(4).strip();
            Totals t = byStatement.computeIfAbsent(sql, s -> new Totals());
            t.ms += ms;
            t.sql = sql;
            if (m.group(2).equals("execute")) {
                t.executions++;
                if (t.params == null && i + 1 < records.size() && records.get(i + 1).kind().equals("DETAIL")
                        && records.get(i + 1).text().startsWith("parameters: ")) {
                    t.params = params(records.get(i + 1).text());
                }
            }
        }
        System.out.printf(Locale.ROOT, "SQL time in PostgreSQL (parse + bind + execute), %d requests: %.2f ms per request%n",
                requests, total / requests);
        System.out.println();
        System.out.println("| # | executions per request | ms per request | statement |");
        System.out.println("|---|---|---|---|");
        int n = 0;
        List<Totals> sorted = new ArrayList<>(byStatement.values());
        sorted.sort((a, b) -> Double.compare(b.ms, a.ms));
        for (Totals t : sorted) {
            n++;
            String oneLine = t.sql.replaceAll("\\s+", " ");
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.2f | `%s` |%n", n, (double) t.executions / requests,
                    t.ms / requests, oneLine.length() > 110 ? oneLine.substring(0, 110) + "…" : oneLine);
            if (t.executions > 0) {
                String args = t.params == null || t.params.isEmpty() ? "" : "(" + String.join(", ", t.params) + ")";
                Files.writeString(Path.of(out + "." + n + ".prepare.sql"),
                        "-- " + oneLine + "\nprepare bench_q as\n" + t.sql + ";\n", StandardCharsets.UTF_8);
                Files.writeString(Path.of(out + "." + n + ".execute.sql"), "execute bench_q" + args + ";\n",
                        StandardCharsets.UTF_8);
            }
        }
    }

    static List<String> params(String detail) {
        List<String> values = new ArrayList<>();
        Matcher m = PARAM.matcher(detail);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            while (values.size() < index) {
                values.add("NULL");
            }
            values.set(index - 1, m.group(2));
        }
        return values;
    }

}
