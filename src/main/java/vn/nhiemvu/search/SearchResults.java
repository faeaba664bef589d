package vn.nhiemvu.search;

import java.util.List;
import java.util.Map;

/** The hits of a query grouped by kind, the kinds in the order of their best hit. */
public record SearchResults(SearchQuery query, Map<String, List<SearchHit>> byKind) {

    public int count() {
        return byKind.values().stream().mapToInt(List::size).sum();
    }
}
