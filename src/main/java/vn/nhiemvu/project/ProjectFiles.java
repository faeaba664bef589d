package vn.nhiemvu.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nhiemvu.shared.Refused;

/**
 * Checks a document's file before it is stored: its name and its first bytes agree on an allowed type (a renamed
 * program is not a PDF), and it is not larger than the setting allows.
 */
@Component
class ProjectFiles {

    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "odt", "application/vnd.oasis.opendocument.text",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private final ProjectProperties properties;

    ProjectFiles(ProjectProperties properties) {
        this.properties = properties;
    }

    /** The content type of an acceptable file; refuses one of the wrong type or size. */
    String check(UploadedFile file) {
        String extension = extension(file.fileName());
        if (!TYPES.containsKey(extension) || !looksLike(extension, file.content())) {
            throw Refused.invalid("project.file.type", String.join(", ", TYPES.keySet().stream().sorted().toList()));
        }
        if (file.content().length > properties.maxFileBytes()) {
            throw Refused.invalid("project.file.tooLarge", properties.maxFileBytes() / (1024 * 1024));
        }
        return TYPES.get(extension);
    }

    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLike(String extension, byte[] content) {
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
