package vn.nhiemvu.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Timings of the importer, not a test: a 50 KB document from bytes to proposal (median and p95 over many
 * runs, as TXT and as DOCX), and a batch of 1,000 documents (the samples of the corpus and the 50 KB
 * document in turn). Single thread, after a warm-up. Figures go to docs/import.md.
 *
 * <pre>java … vn.nhiemvu.importer.ImportBenchmark [corpus dir]</pre>
 */
public final class ImportBenchmark {

    private static final int WARM_UP = 300;
    private static final int RUNS = 500;
    private static final int BATCH = 1000;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        DocumentImporter importer = new DocumentImporter();
        String plan = plan(50 * 1024);
        byte[] txt = plan.getBytes(StandardCharsets.UTF_8);
        byte[] docx = docx(plan);
        System.out.printf(Locale.ROOT, "50 KB plan: %d bytes as TXT, %d bytes as DOCX, %d tasks%n", txt.length, docx.length,
                importer.extract(importer.read(txt, "plan.txt")).tasks().size());
        time("TXT 50 KB", importer, txt, "plan.txt");
        time("DOCX 50 KB", importer, docx, "plan.docx");

        List<byte[]> documents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    documents.add(Files.readAllBytes(p));
                    names.add(p.getFileName().toString());
                }
            }
        }
        documents.add(txt);
        names.add("plan.txt");
        long bytes = 0;
        int tasks = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < BATCH; i++) {
            int k = i % documents.size();
            tasks += importer.extract(importer.read(documents.get(k), names.get(k))).tasks().size();
            bytes += documents.get(k).length;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        System.out.printf(Locale.ROOT, "batch of %d documents (%d distinct, %.1f MB, %d tasks): wall %.2f s (%.0f documents/s), "
                + "cpu %.2f s (%.0f documents/s)%n", BATCH, documents.size(), bytes / 1048576.0, tasks, seconds, BATCH / seconds,
                cpuSeconds, BATCH / cpuSeconds);
        System.out.printf(Locale.ROOT, "load average %.2f on %d processors%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /** Wall-clock and CPU time of the thread: on a shared machine the second says what the code costs. */
    private static void time(String label, DocumentImporter importer, byte[] bytes, String name) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            importer.extract(importer.read(bytes, name));
        }
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            importer.extract(importer.read(bytes, name));
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            wall[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(RUNS * 0.95) - 1;
        System.out.printf(Locale.ROOT, "%-10s wall median %6.1f ms  p95 %6.1f ms | cpu median %6.1f ms  p95 %6.1f ms  (%d runs)%n",
                label, wall[RUNS / 2], wall[p95], cpu[RUNS / 2], cpu[p95], RUNS);
    }

    /** A plan of the usual shape, about {@code size} bytes: header, objectives, task paragraphs, a task table. */
    static String plan(int size) {
        String[] units = {"Văn phòng Sở", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý khoa học",
            "Phòng Quản lý KH&CN cơ sở và SHTT", "Phòng Quản lý công nghệ và Thị trường công nghệ",
            "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Ứng dụng KH&CN"};
        String[] works = {"rà soát, tham mưu ban hành quy định về quản lý nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
            "tổ chức kiểm tra việc chấp hành các quy định của pháp luật về đo lường đối với các cơ sở kinh doanh xăng dầu",
            "xây dựng kế hoạch tuyên truyền về hoạt động khoa học, công nghệ và đổi mới sáng tạo trên địa bàn tỉnh",
            "đôn đốc các tổ chức chủ trì hoàn thiện hồ sơ nghiệm thu các đề tài, dự án đến hạn theo quy định",
            "hướng dẫn các doanh nghiệp đăng ký bảo hộ quyền sở hữu công nghiệp đối với sản phẩm chủ lực của tỉnh"};
        String[] deadlines = {"Thời gian hoàn thành trước ngày 30/6/2024.", "Thực hiện trong năm 2024.",
            "Thực hiện nhiệm vụ thường xuyên hàng năm.", "Hoàn thành trong quý III/2024.", ""};
        StringBuilder s = new StringBuilder();
        s.append("UBND TỈNH BẮC GIANG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 45/KH-KHCN\n\nBắc Giang, ngày 15 tháng 3 năm 2024\n\n")
                .append("KẾ HOẠCH\n\nTriển khai nhiệm vụ trọng tâm năm 2024\n\n")
                .append("Căn cứ Quyết định số 28/QĐ-UBND ngày 10/01/2024 của UBND tỉnh, Sở Khoa học và Công nghệ xây dựng kế hoạch như sau:\n\n")
                .append("I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\nTriển khai đồng bộ, hiệu quả các nhiệm vụ được giao.\n\n")
                .append("2. Yêu cầu\n\nPhân công rõ trách nhiệm, thời hạn hoàn thành từng nhiệm vụ.\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n");
        int group = 0;
        int k = 0;
        while (s.length() < size * 0.8) {
            group++;
            s.append(group).append(". Nhóm nhiệm vụ ").append(group).append(" về quản lý nhà nước\n\n");
            for (int j = 0; j < 6; j++, k++) {
                s.append("Giao ").append(units[k % units.length]).append(" chủ trì, phối hợp với ")
                        .append(units[(k + 3) % units.length]).append(" ").append(works[k % works.length]).append(". ")
                        .append(deadlines[k % deadlines.length]).append("\n\n");
            }
            s.append("- Tiếp tục ").append(works[group % works.length]).append(" (nếu có).\n\n");
        }
        s.append("III. TỔ CHỨC THỰC HIỆN\n\nCác phòng, đơn vị trực thuộc Sở nghiêm túc thực hiện; trong quá trình thực hiện có khó khăn, "
                + "vướng mắc kịp thời báo cáo lãnh đạo Sở để xem xét, giải quyết./.\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, KHTC.\n\n"
                + "GIÁM ĐỐC\n\nNguyễn Văn An\n\nPhụ lục\nDANH MỤC NHIỆM VỤ\n\nTT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n");
        int row = 0;
        while (s.toString().getBytes(StandardCharsets.UTF_8).length < size && row < 10_000) {
            row++;
            s.append(row).append('\t').append(Character.toUpperCase(works[row % works.length].charAt(0)))
                    .append(works[row % works.length].substring(1)).append('\t').append(units[row % units.length]).append('\t')
                    .append(units[(row + 2) % units.length]).append('\t').append("Quý ").append(row % 4 + 1).append("/2024\n");
        }
        return s.toString();
    }

    /** The same text as a DOCX: paragraphs, and the tab-separated lines as a real table. */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            for (String line : text.split("\n")) {
                if (line.contains("\t")) {
                    String[] cells = line.split("\t");
                    if (table == null) {
                        table = document.createTable(1, cells.length);
                        for (int c = 0; c < cells.length; c++) {
                            table.getRow(0).getCell(c).setText(cells[c]);
                        }
                    } else {
                        var row = table.createRow();
                        for (int c = 0; c < cells.length; c++) {
                            row.getCell(c).setText(cells[c]);
                        }
                    }
                } else if (!line.isBlank()) {
                    table = null;
                    document.createParagraph().createRun().setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
