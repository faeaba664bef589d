/**
 * Document import: reads a DOCX, PDF, TXT or Markdown file into plain text and proposes the document's
 * metadata and the tasks it assigns (lead, coordinating units, deadline, content) for a person to confirm,
 * following ../shared/corpus/GOLD-FORMAT.md. The core runs without Spring: {@link DocumentImporter}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "task", "web"})
package vn.nhiemvu.importer;
