package vn.nhiemvu.search;

/**
 * One thing found: its kind ("task", "directive", "project"…), id, title, a snippet around the matched
 * words, the page that shows it, and a score for ranking (higher is better).
 */
public record SearchHit(String kind, long id, String title, String snippet, String url, double score) {
}
