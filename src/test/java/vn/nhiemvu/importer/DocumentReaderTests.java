package vn.nhiemvu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.Refused;

/** Each format the importer reads, and each bad input it refuses with its message key. */
class DocumentReaderTests {

    private final DocumentReader reader = new DocumentReader();

    private static void assertRefused(Runnable read, String key) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.kind()).isEqualTo(Refused.Kind.INVALID);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }

    // ---------------------------------------------------------------- formats

    @Test
    void readsDocxParagraphsAndTablesAsTabSeparatedRows() throws Exception {
        byte[] docx = ImportFixtures.docx(List.of("KẾ HOẠCH", "Giao Văn phòng Sở chủ trì tổng hợp báo cáo."),
                List.of(List.of("TT", "Nội dung", "Thời hạn"), List.of("1", "Rà soát thủ tục hành chính", "15/01/2023")));

        String text = reader.read(docx, "ke-hoach.docx");

        assertThat(text).contains("KẾ HOẠCH").contains("Giao Văn phòng Sở chủ trì tổng hợp báo cáo.")
                .contains("TT\tNội dung\tThời hạn").contains("1\tRà soát thủ tục hành chính\t15/01/2023");
    }

    @Test
    void readsTheTasksOfADocxTable() throws Exception {
        byte[] docx = ImportFixtures.docx(List.of("Số: 12/BC-KHCN", "BÁO CÁO", "Kết quả thực hiện nhiệm vụ quý I/2023",
                "Phụ lục"), List.of(List.of("TT", "Số/Ký hiệu VBCĐ", "Nội dung công việc", "Thời hạn", "Tiến độ"),
                        List.of("1", "6447/UBND-NC ngày 24/12/2022", "Rà soát thủ tục hành chính nội bộ", "15/01/2023", "Đúng hạn")));

        Proposal proposal = new DocumentImporter().propose(docx, "bao-cao.docx", List.of());

        assertThat(proposal.tasks()).singleElement().satisfies(task -> {
            assertThat(task.content()).isEqualTo("Rà soát thủ tục hành chính nội bộ");
            assertThat(task.deadline().value()).isEqualTo("2023-01-15");
            assertThat(task.sourceRef()).isEqualTo("6447/UBND-NC ngày 24/12/2022");
            assertThat(task.status()).isEqualTo("Đúng hạn");
        });
    }

    @Test
    void readsTheTextLayerOfAPdf() throws Exception {
        byte[] pdf = ImportFixtures.pdf(List.of("KE HOACH", "Giao Van phong So chu tri tong hop bao cao."), null);

        assertThat(reader.read(pdf, "ke-hoach.pdf")).contains("KE HOACH").contains("Giao Van phong So chu tri tong hop bao cao.");
    }

    @Test
    void readsVietnameseFromThePdfTextLayer() throws Exception {
        Path font = ImportFixtures.unicodeFont().orElse(null);
        assumeTrue(font != null, "no font with Vietnamese glyphs on this machine");
        byte[] pdf = ImportFixtures.pdf(List.of("Giao Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì kiểm tra."), font);

        assertThat(reader.read(pdf, "ke-hoach.pdf")).contains("Giao Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì kiểm tra.");
    }

    @Test
    void readsAScannedPdfWithTesseractWhenItIsInstalled() throws Exception {
        assumeTrue(Ocr.tesseract().available(), "tesseract with the Vietnamese model is not installed");
        Path font = ImportFixtures.unicodeFont().orElse(null);
        assumeTrue(font != null, "no font with Vietnamese glyphs on this machine");
        byte[] scan = ImportFixtures.scannedPdf(List.of("KẾ HOẠCH CÔNG TÁC", "Giao Văn phòng Sở tổng hợp báo cáo"), font);

        String text = reader.read(scan, "ban-quet.pdf");

        assertThat(Fold.fold(text)).contains("ke hoach").contains("van phong");
    }

    @Test
    void tellsPlainlyThatAScanHasNoTextWhenOcrIsMissing() throws Exception {
        Path font = ImportFixtures.unicodeFont().orElse(null);
        assumeTrue(font != null, "no font with Vietnamese glyphs on this machine");
        byte[] scan = ImportFixtures.scannedPdf(List.of("KẾ HOẠCH CÔNG TÁC"), font);
        DocumentReader withoutOcr = new DocumentReader(new Ocr() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String read(BufferedImage page, String fileName) {
                throw new AssertionError("not installed");
            }
        });

        assertRefused(() -> withoutOcr.read(scan, "ban-quet.pdf"), "importer.noTextLayer");
    }

    @Test
    void readsUtf8TextAndMarkdownInNfc() {
        String decomposed = "Thông ba\u0301o"; // "báo" with a combining accent
        String text = reader.read(("# " + decomposed + "\n\n- Giao **Thanh tra Sở** kiểm tra").getBytes(StandardCharsets.UTF_8),
                "tb.md");

        assertThat(text).contains("Thông báo").contains("**Thanh tra Sở**");
    }

    @Test
    void readsUtf16TextWithItsByteOrderMark() {
        byte[] body = "Kế hoạch công tác".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        assertThat(reader.read(bytes, "kh.txt")).isEqualTo("Kế hoạch công tác");
    }

    @Test
    void convertsTextTypedInTcvn3ToUnicode() {
        byte[] tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nGiao V¨n phßng Së chñ tr× b¸o c¸o"
                .getBytes(Charset.forName("windows-1252"));

        String text = reader.read(tcvn3, "cu.txt");

        assertThat(text).contains("Cộng hoà xã hội chủ nghĩa Việt Nam").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Giao Văn phòng Sở chủ trì báo cáo");
    }

    @Test
    void convertsTextTypedInVniToUnicode() {
        byte[] vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nGiao Vaên phoøng Sôû chuû trì baùo caùo"
                .getBytes(Charset.forName("windows-1252"));

        String text = reader.read(vni, "cu.txt");

        assertThat(text).contains("Cộng hòa xã hội chủ nghĩa Việt Nam").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Giao Văn phòng Sở chủ trì báo cáo");
    }

    @Test
    void convertsDocxRunsTypedInTheLegacyFonts() throws Exception {
        assertThat(reader.read(ImportFixtures.docxInFont("KÕ ho¹ch c«ng t¸c n¨m 2024", ".VnTime"), "cu.docx"))
                .contains("Kế hoạch công tác năm 2024");
        assertThat(reader.read(ImportFixtures.docxInFont("Keá hoaïch coâng taùc naêm 2024", "VNI-Times"), "cu.docx"))
                .contains("Kế hoạch công tác năm 2024");
    }

    @Test
    void leavesUnicodeVietnameseAsItIs() {
        String unicode = "Sở Khoa học và Công nghệ: Độc lập – Tự do – Hạnh phúc; “Nơi nhận”, ngày 14 tháng 01 năm 2023.";

        assertThat(reader.read(unicode.getBytes(StandardCharsets.UTF_8), "tb.txt")).isEqualTo(unicode);
        assertThat(LegacyVietnamese.detect(unicode)).isEqualTo(LegacyVietnamese.Encoding.UNICODE);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> reader.read(new byte[0], "rong.docx"), "importer.empty");
        assertRefused(() -> reader.read("  \n\n ".getBytes(StandardCharsets.UTF_8), "rong.txt"), "importer.empty");
    }

    @Test
    void refusesAnExecutableRenamedDocx() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';

        assertRefused(() -> reader.read(exe, "ke-hoach.docx"), "importer.executable");
    }

    @Test
    void refusesTextRenamedDocxAndAnUnknownExtension() {
        assertRefused(() -> reader.read("Kế hoạch".getBytes(StandardCharsets.UTF_8), "ke-hoach.docx"), "importer.wrongType");
        assertRefused(() -> reader.read("Kế hoạch".getBytes(StandardCharsets.UTF_8), "ke-hoach.exe"), "importer.unsupportedType");
    }

    @Test
    void refusesACorruptDocx() throws Exception {
        byte[] docx = ImportFixtures.docx(List.of("Kế hoạch"), null);

        byte[] damaged = docx.clone();
        Arrays.fill(damaged, damaged.length / 3, damaged.length / 3 + 400, (byte) 0x55);

        assertRefused(() -> reader.read(damaged, "hong.docx"), "importer.corrupt");
        assertRefused(() -> reader.read(Arrays.copyOf(docx, 300), "cut.docx"), "importer.corrupt");
    }

    @Test
    void refusesAPasswordProtectedDocx() throws Exception {
        byte[] encrypted = ImportFixtures.encrypted(ImportFixtures.docx(List.of("Kế hoạch"), null));

        assertRefused(() -> reader.read(encrypted, "mat-khau.docx"), "importer.encrypted");
    }

    @Test
    void refusesAnOldBinaryDocRenamedDocx() throws Exception {
        byte[] doc = ImportFixtures.ole2();

        assertRefused(() -> reader.read(doc, "cu.docx"), "importer.legacyDoc");
    }

    @Test
    void refusesACorruptOrPasswordProtectedPdf() throws Exception {
        assertRefused(() -> reader.read("%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII), "hong.pdf"),
                "importer.corrupt");
        byte[] encrypted = ImportFixtures.encryptedPdf();
        assertRefused(() -> reader.read(encrypted, "mat-khau.pdf"), "importer.encrypted");
    }

    @Test
    void refusesADocxWhoseXmlExpandsToHundredsOfMegabytes() throws Exception {
        byte[] bomb = ImportFixtures.zipBomb(300);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        assertRefused(() -> reader.read(bomb, "bom.docx"), "importer.zipBomb");
    }

    @Test
    void refusesFilesOver20Megabytes() {
        byte[] big = new byte[(int) DocumentReader.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        assertRefused(() -> reader.read(big, "lon.txt"), "importer.tooLarge");
    }

    @Test
    void refusesADocxWithNoText() throws Exception {
        byte[] blank = ImportFixtures.docx(List.of(), null);

        assertRefused(() -> reader.read(blank, "trang.docx"), "importer.noText");
    }

    @Test
    void hasAVietnameseAndAnEnglishTextForEveryRefusal() throws Exception {
        java.util.Properties vi = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/importer_vi.properties");
                var in2 = getClass().getResourceAsStream("/i18n/importer_en.properties")) {
            vi.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(in2, StandardCharsets.UTF_8));
        }
        for (String key : List.of("importer.empty", "importer.tooLarge", "importer.unsupportedType", "importer.wrongType",
                "importer.executable", "importer.legacyDoc", "importer.encrypted", "importer.corrupt", "importer.zipBomb",
                "importer.noText", "importer.noTextLayer", "importer.tooManyScannedPages", "importer.ocrFailed",
                "importer.warning.directiveAfterDeadline", "importer.warning.deadlineBeforeDocument",
                "importer.warning.leadNotFound", "importer.warning.alreadyImported", "importer.warning.noTasks")) {
            assertThat(vi.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames());
    }
}
