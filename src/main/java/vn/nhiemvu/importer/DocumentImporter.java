package vn.nhiemvu.importer;

import java.util.List;

/**
 * The importer's entry: {@link #read} turns a file into text, {@link #extract} turns text into a
 * {@link Proposal}; {@link #propose} does both. No Spring, no database: the caller stores nothing until a
 * person confirms, and looks up {@link Proposal#contentHash()} to tell an already imported document.
 */
public class DocumentImporter {

    private final DocumentReader reader;
    private final TaskExtractor extractor;

    public DocumentImporter() {
        this(new DocumentReader(), new TaskExtractor());
    }

    public DocumentImporter(DocumentReader reader, TaskExtractor extractor) {
        this.reader = reader;
        this.extractor = extractor;
    }

    /** The plain text of a DOCX, PDF, TXT or Markdown file; refuses bad input with a Vietnamese message key. */
    public String read(byte[] bytes, String fileName) {
        return reader.read(bytes, fileName);
    }

    /** The proposal for a text, leads checked against a Department's standard units. */
    public Proposal extract(String text) {
        return extractor.extract(text);
    }

    /** The proposal for a text, leads checked against the agency's own units. */
    public Proposal extract(String text, List<AgencyUnit> units) {
        return extractor.extract(text, units);
    }

    /** Read, then extract. */
    public Proposal propose(byte[] bytes, String fileName, List<AgencyUnit> units) {
        return extractor.extract(reader.read(bytes, fileName), units);
    }
}
