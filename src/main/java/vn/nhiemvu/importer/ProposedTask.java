package vn.nhiemvu.importer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One task the document assigns (GOLD-FORMAT.md §1.2). {@code content} is the task's wording from its
 * first word after the assignment phrase (§6) to its end; {@code lead_matched} is false when the lead is a
 * name that matches none of the agency's units (kept as written, flagged for the reviewer);
 * {@code assignee} is the named person a task is given to; {@code span} locates the task in the text.
 */
public record ProposedTask(
        int n,
        String section,
        String lead,
        @JsonProperty("lead_canonical") String leadCanonical,
        @JsonProperty("lead_matched") boolean leadMatched,
        String assignee,
        @JsonProperty("co_leads") List<String> coLeads,
        List<String> support,
        @JsonProperty("support_canonical") List<String> supportCanonical,
        String assigner,
        ProposedDeadline deadline,
        String period,
        String content,
        @JsonProperty("source_ref") String sourceRef,
        String status,
        String completed,
        String result,
        SourceSpan span) {

    public ProposedTask {
        coLeads = List.copyOf(coLeads);
        support = List.copyOf(support);
        supportCanonical = List.copyOf(supportCanonical);
    }
}
