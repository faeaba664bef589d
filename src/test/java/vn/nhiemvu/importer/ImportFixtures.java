package vn.nhiemvu.importer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Files built in the tests: DOCX with POI, PDF with PDFBox, the malformed ones by hand. */
final class ImportFixtures {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/Library/Fonts/Arial Unicode.ttf",
            "C:/Windows/Fonts/arial.ttf");

    private ImportFixtures() {
    }

    /** A DOCX of paragraphs, then a table whose first row is {@code header}. */
    static byte[] docx(List<String> paragraphs, List<List<String>> table) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                document.createParagraph().createRun().setText(p);
            }
            if (table != null && !table.isEmpty()) {
                XWPFTable t = document.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A DOCX with one paragraph typed in a legacy font. */
    static byte[] docxInFont(String text, String font) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun run = document.createParagraph().createRun();
            run.setFontFamily(font);
            run.setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The DOCX encrypted with a password, as Word saves it (an OLE2 container). */
    static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mật khẩu");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A small archive whose document.xml expands to {@code megabytes} of spaces. */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A font with Vietnamese glyphs on this machine, if any. */
    static Optional<Path> unicodeFont() {
        return FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    /** A PDF with a text layer: one line per entry. */
    static byte[] pdf(List<String> lines, Path fontFile) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font = fontFile == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(document, fontFile.toFile());
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 11);
                content.setLeading(16);
                content.newLineAtOffset(60, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF protected by a password needed to open it. */
    static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ", "mở", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A scan: a page that is only an image of printed lines, no text layer. */
    static byte[] scannedPdf(List<String> lines, Path fontFile) throws Exception {
        BufferedImage image = new BufferedImage(2480, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()).deriveFont(54f);
        g.setFont(font);
        int y = 150;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += 110;
        }
        g.dispose();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(xobject, 0, 400, 612, 296);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An empty OLE2 container: what an old binary .doc looks like to the first bytes. */
    static byte[] ole2() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[16]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
