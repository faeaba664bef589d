/**
 * One search box across the modules: each module offers a {@link vn.nhiemvu.search.SearchSource} of what it
 * owns, matched in the Vietnamese normal form of the SQL function {@code search_normalize} (no diacritics,
 * abbreviations folded, trigram tolerance for typos) and within what the user may see.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org", "web"})
package vn.nhiemvu.search;
