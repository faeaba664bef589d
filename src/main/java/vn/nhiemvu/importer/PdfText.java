package vn.nhiemvu.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.nhiemvu.shared.Refused;

/**
 * The text of a PDF, page by page: the text layer when the page has one, else what OCR reads from the page
 * rendered at 300 dpi. Lines the layout wrapped are joined back into paragraphs.
 */
final class PdfText {

    private static final String PARAGRAPH = "\u2063";

    /** A page with fewer letters than this in its text layer is taken for a scan. */
    private static final int MIN_LETTERS_PER_PAGE = 20;
    static final int MAX_OCR_PAGES = 50;
    private static final Pattern MARKER = Pattern.compile(
            "^(?:[-–—•+*]\\s|\\d{1,2}(?:\\.\\d{1,2})*[.)]\\s|[a-zđ][.)]\\s|[IVXLC]+[.)]\\s|[A-Z]\\.\\s|Điều\\s\\d|Phần\\s|PHẦN\\s|Nơi nhận|Kính gửi|Số:)");

    private PdfText() {
    }

    static String read(byte[] bytes, String name, Ocr ocr) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw Refused.invalid("importer.noText", name);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            // PDFBox sees where a paragraph starts (indentation, spacing); the mark tells reflow not to join there.
            stripper.setParagraphStart(PARAGRAPH);
            List<Integer> scanned = new ArrayList<>();
            String[] texts = new String[pages];
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                texts[page - 1] = text;
                if (letters(text) < MIN_LETTERS_PER_PAGE) {
                    scanned.add(page - 1);
                }
            }
            if (!scanned.isEmpty()) {
                if (ocr.available()) {
                    ocrPages(document, scanned, texts, name, ocr);
                } else if (scanned.size() * 2 >= pages) {
                    throw Refused.invalid("importer.noTextLayer", name);
                }
            }
            StringBuilder out = new StringBuilder();
            for (String text : texts) {
                out.append(reflow(text)).append("\n\n");
            }
            return out.toString();
        } catch (InvalidPasswordException e) {
            throw Refused.invalid("importer.encrypted", name);
        } catch (Refused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw Refused.invalid("importer.corrupt", name);
        }
    }

    private static void ocrPages(PDDocument document, List<Integer> pages, String[] texts, String name, Ocr ocr)
            throws IOException {
        if (pages.size() > MAX_OCR_PAGES) {
            throw Refused.invalid("importer.tooManyScannedPages", name, pages.size(), MAX_OCR_PAGES);
        }
        PDFRenderer renderer = new PDFRenderer(document);
        for (int page : pages) {
            BufferedImage image = renderer.renderImageWithDPI(page, 300, ImageType.GRAY);
            texts[page] = ocr.read(image, name);
        }
    }

    static int letters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Joins a line to the next when the layout, not the author, broke it: PDFBox saw no paragraph start there,
     * the next line is no list item, and the line does not end a heading or a label (":"). OCR text, which
     * carries no paragraph marks, is joined when a line runs near the right margin without closing a sentence
     * or the next one starts in lower case.
     */
    static String reflow(String text) {
        String[] lines = text.split("\n", -1);
        boolean marked = text.contains(PARAGRAPH);
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, line.replace(PARAGRAPH, "").strip().length());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace(PARAGRAPH, "").strip();
            out.append(line);
            if (i + 1 >= lines.length) {
                break;
            }
            boolean nextStarts = lines[i + 1].contains(PARAGRAPH);
            String next = lines[i + 1].replace(PARAGRAPH, "").strip();
            boolean join;
            if (line.isEmpty() || next.isEmpty() || MARKER.matcher(next).find() || line.endsWith("./.")) {
                join = false;
            } else if (marked) {
                // Capitals are titles, headings and signature lines, each on its own line.
                join = !nextStarts && !(Outline.allCaps(line) && line.contains(" "))
                        && !(Outline.allCaps(next) && next.contains(" ") && !next.endsWith("."));
            } else {
                join = !Outline.allCaps(next) && !line.endsWith(":") && (Character.isLowerCase(next.charAt(0))
                        || line.length() >= longest * 0.75 && !line.matches(".*[.:;!?]$"));
            }
            out.append(join ? " " : "\n");
        }
        return out.toString();
    }
}
