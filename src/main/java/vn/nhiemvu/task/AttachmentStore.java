package vn.nhiemvu.task;

import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.nhiemvu.shared.FileTypes;
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

    private final JdbcClient jdbc;
    private final TaskProperties properties;

    AttachmentStore(JdbcClient jdbc, TaskProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    long store(long agencyId, String uploadedBy, UploadedFile file, Set<String> allowed) {
        String extension = FileTypes.extension(file.fileName());
        if (!allowed.contains(extension) || !FileTypes.looksLike(extension, file.content())) {
            throw Refused.invalid("task.file.type", String.join(", ", allowed.stream().sorted().toList()));
        }
        if (file.content().length > properties.maxAttachmentBytes()) {
            throw Refused.invalid("task.file.tooLarge", properties.maxAttachmentBytes() / (1024 * 1024));
        }
        return jdbc.sql("""
                insert into attachment (agency_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, FileTypes.baseName(file.fileName()), FileTypes.CONTENT_TYPES.get(extension), file.content().length,
                        file.content(), uploadedBy)
                .query(Long.class).single();
    }

    Optional<Attachment> find(long agencyId, long id) {
        return jdbc.sql("select id, file_name, content_type, content from attachment where agency_id = ? and id = ?")
                .params(agencyId, id).query(Attachment.class).optional();
    }
}
