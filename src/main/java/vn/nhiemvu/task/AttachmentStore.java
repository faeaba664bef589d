package vn.nhiemvu.task;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.shared.Refused;

/**
 * Files kept in PostgreSQL with the rows they belong to, so a backup of the database is a backup of
 * everything. A file is accepted only when its name and its first bytes agree on an allowed type.
 */
@Component
class AttachmentStore {

    /** Directives come as PDF or Word files (issue #3); progress and results may also be spreadsheets or scans. */
    static final Set<String> DIRECTIVE_TYPES = Set.of("pdf", "docx");
    static final Set<String> DOCUMENT_TYPES = Set.of("pdf", "docx", "xlsx", "doc", "xls", "odt", "png", "jpg", "jpeg");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "odt", "application/vnd.oasis.opendocument.text",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private final JdbcClient jdbc;
    private final TaskProperties properties;

    AttachmentStore(JdbcClient jdbc, TaskProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    long store(long agencyId, String uploadedBy, UploadedFile file, Set<String> allowed) {
        String extension = extension(file.fileName());
        if (!allowed.contains(extension) || !looksLike(extension, file.content())) {
            throw Refused.invalid("task.file.type", String.join(", ", allowed.stream().sorted().toList()));
        }
        if (file.content().length > properties.maxAttachmentBytes()) {
            throw Refused.invalid("task.file.tooLarge", properties.maxAttachmentBytes() / (1024 * 1024));
        }
        return jdbc.sql("""
                insert into attachment (agency_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, baseName(file.fileName()), CONTENT_TYPES.get(extension), file.content().length,
                        file.content(), uploadedBy)
                .query(Long.class).single();
    }

    Optional<Attachment> find(long agencyId, long id) {
        return jdbc.sql("select id, file_name, content_type, content from attachment where agency_id = ? and id = ?")
                .params(agencyId, id).query(Attachment.class).optional();
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** The magic numbers of each type: a renamed executable is not a PDF. */
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
