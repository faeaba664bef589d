package vn.nhiemvu.importer;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the importer proposes for one document: its metadata, the tasks it assigns in document order and
 * the warnings a reviewer should see. Field names follow the gold format (GOLD-FORMAT.md §1); the
 * {@code content_hash} identifies the text so that the caller can tell an already imported document.
 */
public record Proposal(
        ProposalMeta meta,
        List<ProposedTask> tasks,
        List<ImportWarning> warnings,
        @JsonProperty("content_hash") String contentHash) {

    public Proposal {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    /** True when the text holds no recognisable task: an empty proposal, not an error. */
    public boolean isEmpty() {
        return tasks.isEmpty();
    }

    /** The same proposal with one more warning, e.g. {@link ImportWarning#alreadyImported(String)}. */
    public Proposal withWarning(ImportWarning warning) {
        List<ImportWarning> more = new ArrayList<>(warnings);
        more.add(warning);
        return new Proposal(meta, tasks, more, contentHash);
    }
}
