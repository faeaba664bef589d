package vn.nhiemvu.search;

import java.util.List;

import vn.nhiemvu.org.SignedInUser;

/** What a module offers to the search box: its matches for a query, only among what the user may see. */
public interface SearchSource {

    /** The kind of the hits, also the key of its label ({@code search.kind.<kind>}). */
    String kind();

    List<SearchHit> search(SignedInUser user, SearchQuery query, int limit);
}
