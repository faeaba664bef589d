package vn.nhiemvu.search.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchService;
import vn.nhiemvu.search.Snippets;

@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", search.search(user, q));
        return "search/results";
    }

    /** For the page: a text cut into plain and matching pieces. */
    @org.springframework.stereotype.Component("highlight")
    static class Highlight {
        public List<Snippets.Segment> of(String text, List<String> words) {
            return Snippets.segments(text == null ? "" : text, words);
        }
    }
}
