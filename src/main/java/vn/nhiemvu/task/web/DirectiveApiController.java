package vn.nhiemvu.task.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.Issuer;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.task.web.TaskApiRequests.DirectiveRequest;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Văn bản chỉ đạo", description = "Văn bản giao nhiệm vụ và cơ quan giao")
class DirectiveApiController {

    private final DirectiveService directives;

    DirectiveApiController(DirectiveService directives) {
        this.directives = directives;
    }

    @PostMapping("/directives")
    ResponseEntity<Directive> register(@AuthenticationPrincipal SignedInUser user,
            @RequestBody DirectiveRequest request) {
        Directive directive = directives.register(user, request.draft(), null);
        return ResponseEntity.created(URI.create("/api/v1/directives/" + directive.id())).body(directive);
    }

    @GetMapping("/directives/{id}")
    Directive directive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return directives.directive(user, id);
    }

    @GetMapping("/directives")
    Page<Directive> directives(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return directives.directives(user, q, page, size);
    }

    @GetMapping("/issuers")
    java.util.List<Issuer> issuers(@AuthenticationPrincipal SignedInUser user) {
        return directives.issuers(user);
    }
}
