package vn.nhiemvu.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Opens what the report module wrote, as Word, a spreadsheet program or a PDF reader would. */
final class ReadBack {

    private ReadBack() {
    }

    static XWPFDocument docx(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the body's paragraphs, in order, tables left out. */
    static List<String> paragraphs(XWPFDocument document) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                texts.add(p.getText());
            }
        }
        return texts;
    }

    /** Each row of a table as its cells' texts. */
    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.toList()));
        }
        return rows;
    }

    /**
     * The properties elements Word allows once per element (w:pPr, w:rPr, w:tcPr…) that appear more than once: Word
     * calls such a file damaged where POI and LibreOffice open it.
     */
    static List<String> repeatedProperties(String xml) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            List<String> repeated = new ArrayList<>();
            org.w3c.dom.NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                java.util.Map<String, Integer> seen = new java.util.HashMap<>();
                for (org.w3c.dom.Node child = all.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                    String name = child.getNodeName();
                    if (name.endsWith("Pr") && seen.merge(name, 1, Integer::sum) == 2) {
                        repeated.add(all.item(i).getNodeName() + "/" + name);
                    }
                }
            }
            return repeated;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF, each run of spaces and line breaks as one space (lines wrap where the layout decides). */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isBlank() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    /** A page as the browser got it, in target/report-pages/, for a person to look at. */
    static void page(org.springframework.test.web.servlet.assertj.MvcTestResult result, String name) {
        try {
            Path directory = Path.of("target", "report-pages");
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name + ".html"),
                    result.getMvcResult().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pictures of the first four pages (pdftoppm -png -r 60) in target/report-pages/, for a person to look at. */
    static void pictures(byte[] pdf, String name) {
        if (!onPath("pdftoppm")) {
            return;
        }
        try {
            Path directory = Path.of("target", "report-pages");
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".pdf");
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-l", "4", file.toString(),
                    directory.resolve(name).toString()).inheritIO().start();
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
