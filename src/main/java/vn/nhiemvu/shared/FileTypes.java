package vn.nhiemvu.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** What an uploaded file is by its name and by its first bytes, so that a renamed executable is not a PDF. */
public final class FileTypes {

    /** The content type of each kind of file the agencies keep: documents, spreadsheets, scans. */
    public static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "odt", "application/vnd.oasis.opendocument.text",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private FileTypes() {
    }

    /** "pdf" for "Báo cáo.PDF"; "" without an extension. */
    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name without the folders a browser may send with it ("C:\\Văn bản\\QĐ.pdf" → "QĐ.pdf"). */
    public static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Whether the content starts with the magic number of the type its extension names. */
    public static boolean looksLike(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, "%PDF".getBytes());
            case "docx", "xlsx", "odt" -> startsWith(content, new byte[] {'P', 'K', 3, 4});
            case "doc", "xls" -> startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
