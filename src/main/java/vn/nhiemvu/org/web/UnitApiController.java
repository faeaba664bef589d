package vn.nhiemvu.org.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị", description = "Các phòng, đơn vị của cơ quan người gọi")
class UnitApiController {

    private final OrgService org;

    UnitApiController(OrgService org) {
        this.org = org;
    }

    @GetMapping
    List<Unit> units(@AuthenticationPrincipal SignedInUser user) {
        return org.units(user);
    }

    @GetMapping("/{id}")
    Unit unit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return org.unit(user, id);
    }

    @PostMapping
    ResponseEntity<Unit> create(@AuthenticationPrincipal SignedInUser user,
            @Validated @RequestBody UnitApiRequest request) {
        Unit unit = org.createUnit(user, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
    }
}
