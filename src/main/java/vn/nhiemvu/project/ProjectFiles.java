package vn.nhiemvu.project;

import org.springframework.stereotype.Component;

import vn.nhiemvu.shared.FileTypes;
import vn.nhiemvu.shared.Refused;

/**
 * Checks a document's file before it is stored: its name and its first bytes agree on an allowed type (a renamed
 * program is not a PDF), and it is not larger than the setting allows.
 */
@Component
class ProjectFiles {

    private final ProjectProperties properties;

    ProjectFiles(ProjectProperties properties) {
        this.properties = properties;
    }

    /** The content type of an acceptable file; refuses one of the wrong type or size. */
    String check(UploadedFile file) {
        String extension = FileTypes.extension(file.fileName());
        if (!FileTypes.CONTENT_TYPES.containsKey(extension) || !FileTypes.looksLike(extension, file.content())) {
            throw Refused.invalid("project.file.type", String.join(", ", FileTypes.CONTENT_TYPES.keySet().stream().sorted().toList()));
        }
        if (file.content().length > properties.maxFileBytes()) {
            throw Refused.invalid("project.file.tooLarge", properties.maxFileBytes() / (1024 * 1024));
        }
        return FileTypes.CONTENT_TYPES.get(extension);
    }
}
