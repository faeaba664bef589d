package vn.nhiemvu.importer;

/**
 * A proposal awaiting review: the document's text (for the highlighted view) and what the importer found.
 * Nothing of it is in the database; the review page keeps only the text in the session and extracts again.
 */
public record ImportDraft(String fileName, String text, Proposal proposal) {
}
