package vn.nhiemvu.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.Refused;

/**
 * Turns an uploaded file into plain text (NFC, lines separated by "\n", table rows as tab-separated cells):
 * DOCX with its tables, PDF by its text layer or, for a scan, by OCR, TXT and Markdown in UTF-8, UTF-16 or
 * the legacy Vietnamese encodings TCVN3 and VNI. What it cannot read safely it refuses with a
 * {@link Refused} of kind INVALID whose key ({@code importer.*}) says why in Vietnamese; nothing is kept.
 */
public class DocumentReader {

    /** Files above this size are refused, as for every upload of the application. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "htm", "html");
    private static final Set<String> EXTENSIONS = Set.of("docx", "pdf", "txt", "text", "md", "markdown", "htm",
            "html");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFEFF\\u200B]");

    private final Ocr ocr;

    public DocumentReader() {
        this(Ocr.tesseract());
    }

    DocumentReader(Ocr ocr) {
        this.ocr = ocr;
    }

    /** The text of the file, or a {@link Refused} saying in Vietnamese why it cannot be read. */
    public String read(byte[] bytes, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "tệp" : fileName.strip();
        if (bytes == null || bytes.length == 0) {
            throw Refused.invalid("importer.empty", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw Refused.invalid("importer.tooLarge", name, megabytes(bytes.length), MAX_BYTES / (1024 * 1024));
        }
        String extension = extension(name);
        if (!EXTENSIONS.contains(extension)) {
            throw Refused.invalid("importer.unsupportedType", name);
        }
        Sniffed sniffed = Sniffed.of(bytes);
        if (sniffed == Sniffed.EXECUTABLE) {
            throw Refused.invalid("importer.executable", name);
        }
        String text = switch (extension) {
            case "docx" -> switch (sniffed) {
                case ZIP -> DocxText.read(bytes, name);
                case OLE2 -> throw DocxText.refuseOle2(bytes, name);
                default -> throw Refused.invalid("importer.wrongType", name, "DOCX");
            };
            case "pdf" -> {
                if (sniffed != Sniffed.PDF) {
                    throw Refused.invalid("importer.wrongType", name, "PDF");
                }
                yield PdfText.read(bytes, name, ocr);
            }
            default -> {
                if (sniffed != Sniffed.TEXT) {
                    throw Refused.invalid("importer.wrongType", name, extension.toUpperCase(Locale.ROOT));
                }
                yield decodeText(bytes);
            }
        };
        String clean = normalise(LegacyVietnamese.toUnicode(text));
        if (TEXT_EXTENSIONS.contains(extension) && Html.looksLikeHtml(clean)) {
            clean = normalise(Html.toText(clean));
        }
        if (clean.isBlank()) {
            throw Refused.invalid(sniffed == Sniffed.TEXT ? "importer.empty" : "importer.noText", name);
        }
        return clean;
    }

    static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        nfc = nfc.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u2028', '\n')
                .replace('\u2029', '\n');
        if (nfc.indexOf('&') >= 0) {
            nfc = nfc.replace("&nbsp;", " ").replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">");
        }
        return CONTROL.matcher(nfc).replaceAll("");
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else the 8-bit bytes the legacy fonts used. */
    static String decodeText(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return windows1252(bytes);
        }
    }

    /** Windows-1252, keeping the five bytes it leaves undefined as the Latin-1 characters of those bytes. */
    static String windows1252(byte[] bytes) {
        Charset cp1252 = Charset.forName("windows-1252");
        StringBuilder out = new StringBuilder(bytes.length);
        String decoded = new String(bytes, cp1252);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            out.append(c == '\uFFFD' ? (char) (bytes[i] & 0xFF) : c);
        }
        return out.toString();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
    }

    /** What the first bytes say the file is, whatever its name. */
    enum Sniffed {
        ZIP, OLE2, PDF, EXECUTABLE, BINARY, TEXT;

        static Sniffed of(byte[] b) {
            if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)) {
                return ZIP;
            }
            if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return OLE2;
            }
            if (indexOf(b, "%PDF-", 1024) >= 0) {
                return PDF;
            }
            if (startsWith(b, 0x4D, 0x5A) || startsWith(b, 0x7F, 0x45, 0x4C, 0x46) || startsWith(b, 0xFE, 0xED, 0xFA)
                    || startsWith(b, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(b, 0xCF, 0xFA, 0xED, 0xFE)
                    || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
                return EXECUTABLE;
            }
            boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                    || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
            if (!utf16) {
                for (int i = 0; i < Math.min(b.length, 8192); i++) {
                    if (b[i] == 0) {
                        return BINARY;
                    }
                }
            }
            return TEXT;
        }

        private static boolean startsWith(byte[] b, int... magic) {
            if (b.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((b[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOf(byte[] b, String ascii, int within) {
            byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i <= Math.min(b.length - needle.length, within); i++) {
                boolean match = true;
                for (int j = 0; j < needle.length && match; j++) {
                    match = b[i + j] == needle[j];
                }
                if (match) {
                    return i;
                }
            }
            return -1;
        }
    }
}
