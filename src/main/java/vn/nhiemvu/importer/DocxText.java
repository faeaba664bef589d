package vn.nhiemvu.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.nhiemvu.shared.Refused;

/**
 * The text of a DOCX: paragraphs in order with their list labels ("1.", "a)", "-") rebuilt from the
 * numbering definitions, data tables as tab-separated rows, layout tables (the header with "Số:" and the
 * place-date line, the signature block) as plain lines. Runs in the legacy fonts (".VnTime", "VNI-Times")
 * are converted to Unicode.
 */
final class DocxText {

    /** Everything the archive expands to: a real document's XML is a few megabytes. */
    static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private final StringBuilder out = new StringBuilder();
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private DocxText() {
    }

    static String read(byte[] bytes, String name) {
        guardAgainstZipBomb(bytes, name);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxText text = new DocxText();
            text.body(document.getBodyElements());
            return text.out.toString();
        } catch (EncryptedDocumentException e) {
            throw Refused.invalid("importer.encrypted", name);
        } catch (Refused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw Refused.invalid("importer.zipBomb", name, MAX_EXPANDED_BYTES / (1024 * 1024));
            }
            throw Refused.invalid("importer.corrupt", name);
        }
    }

    /** An OLE2 file named .docx: a password-protected DOCX (Word encrypts into OLE2) or an old .doc. */
    static Refused refuseOle2(byte[] bytes, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return Refused.invalid("importer.encrypted", name);
            }
            return Refused.invalid("importer.legacyDoc", name);
        } catch (IOException | RuntimeException e) {
            return Refused.invalid("importer.corrupt", name);
        }
    }

    /**
     * Expands every entry once, counting, before POI builds anything in memory: a small archive whose XML
     * expands to hundreds of megabytes is refused after the first {@link #MAX_EXPANDED_BYTES}.
     */
    static void guardAgainstZipBomb(byte[] bytes, String name) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        boolean hasDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw Refused.invalid("importer.zipBomb", name, MAX_EXPANDED_BYTES / (1024 * 1024));
                }
                hasDocument |= entry.getName().equals("word/document.xml");
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_EXPANDED_BYTES) {
                        throw Refused.invalid("importer.zipBomb", name, MAX_EXPANDED_BYTES / (1024 * 1024));
                    }
                }
            }
        } catch (IOException e) {
            throw Refused.invalid("importer.corrupt", name);
        }
        if (entries == 0) {
            throw Refused.invalid("importer.corrupt", name);
        }
        if (!hasDocument) {
            throw Refused.invalid("importer.wrongType", name, "DOCX");
        }
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT sdt) {
                line(sdt.getContent().getText());
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        String text = runs(paragraph);
        if (text.isBlank()) {
            line("");
            return;
        }
        String label = label(paragraph);
        line(label.isEmpty() ? text : label + " " + text.strip());
        line("");
    }

    private static String runs(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                text.append(legacyRun(run.text(), fontOf(run)));
            } else if (element instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        return text.toString();
    }

    private static String fontOf(XWPFRun run) {
        try {
            String font = run.getFontFamily();
            return font == null ? "" : font;
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A run typed in a legacy font is converted here, where the font says which encoding it is. */
    static String legacyRun(String text, String font) {
        String f = font.strip();
        if (f.startsWith(".Vn") || f.startsWith("Vn") && !f.startsWith("VNI")) {
            return LegacyVietnamese.fromTcvn3(text, f.endsWith("H"));
        }
        if (f.toUpperCase(Locale.ROOT).startsWith("VNI")) {
            return LegacyVietnamese.fromVni(text);
        }
        return text;
    }

    /** The list label Word draws but does not store in the text. */
    private String label(XWPFParagraph paragraph) {
        try {
            BigInteger numId = paragraph.getNumID();
            if (numId == null) {
                return "";
            }
            BigInteger ilvl = paragraph.getNumIlvl();
            int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), 8);
            String format = paragraph.getNumFmt();
            String levelText = paragraph.getNumLevelText();
            int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
            count[level]++;
            for (int deeper = level + 1; deeper < 9; deeper++) {
                count[deeper] = 0;
            }
            if (format == null || format.equals("bullet") || levelText == null) {
                return "-";
            }
            if (format.equals("none")) {
                return "";
            }
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < levelText.length(); i++) {
                char c = levelText.charAt(i);
                if (c == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
                    int which = levelText.charAt(++i) - '1';
                    int value = which >= 0 && which < 9 ? Math.max(count[which], 1) : 1;
                    label.append(which == level ? formatNumber(value, format) : String.valueOf(value));
                } else {
                    label.append(c);
                }
            }
            return label.toString().strip();
        } catch (RuntimeException e) {
            return "";
        }
    }

    static String formatNumber(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    static String roman(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(symbols[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }

    private void table(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        StringBuilder all = new StringBuilder();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cellText(cell);
                cells.add(text);
                all.append(text).append('\n');
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        if (isLayout(all.toString(), columns)) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    body(cell.getBodyElements());
                }
            }
            return;
        }
        line("");
        for (List<String> cells : rows) {
            line(String.join("\t", cells));
        }
        line("");
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String t = runs(p).strip();
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            } else if (element instanceof XWPFTable nested) {
                parts.add(nested.getText());
            }
        }
        return String.join(" ", parts).replaceAll("[\\t\\n\\r]+", " ").strip();
    }

    /** The two-column header and signature tables of NĐ 30/2020 hold lines, not data. */
    static boolean isLayout(String text, int columns) {
        String folded = Fold.fold(text);
        return columns <= 1 || folded.contains("cong hoa xa hoi") || folded.contains("doc lap - tu do")
                || folded.contains("noi nhan") || folded.matches("(?s).*(^|\\n)so:.*")
                || columns == 2 && !folded.contains("noi dung");
    }

    private void line(String text) {
        int n = out.length();
        if (text.isEmpty() && (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
            return;
        }
        out.append(text).append('\n');
    }
}
