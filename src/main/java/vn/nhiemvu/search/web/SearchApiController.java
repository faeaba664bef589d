package vn.nhiemvu.search.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.search.SearchService;

@RestController
@Tag(name = "Tìm kiếm", description = "Tìm nhiệm vụ, văn bản, đề tài không phân biệt dấu, chữ hoa, lỗi gõ nhỏ")
class SearchApiController {

    /** One hit as the API answers it. */
    record Hit(String kind, long id, String title, String snippet) {
    }

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Kết quả xếp theo mức khớp, nhóm theo loại; chỉ những gì người gọi được xem")
    @GetMapping("/api/v1/search")
    List<Hit> search(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String q) {
        return search.search(user, q).byKind().values().stream()
                .flatMap(List::stream)
                .map(hit -> new Hit(hit.kind(), hit.id(), hit.title(), hit.snippet()))
                .toList();
    }
}
