package vn.nhiemvu.importer.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.importer.ImportConfirmation;
import vn.nhiemvu.importer.ImportDraft;
import vn.nhiemvu.importer.ImportService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.Refused;

@RestController
@Tag(name = "Nhập văn bản", description = "Đọc văn bản hành chính và đề xuất văn bản chỉ đạo, nhiệm vụ")
class ImportApiController {

    private final ImportService imports;

    ImportApiController(ImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Đề xuất từ tệp (DOCX, PDF, TXT, MD), không ghi gì vào cơ sở dữ liệu")
    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportProposalJson propose(@AuthenticationPrincipal SignedInUser user, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw Refused.invalid("import.file.empty");
        }
        ImportDraft draft = imports.propose(user, file.getBytes(), file.getOriginalFilename());
        return ImportProposalJson.of(draft, imports.defaults(user, draft), code -> imports.unitCode(user, code));
    }

    @Operation(summary = "Tạo văn bản chỉ đạo và các nhiệm vụ từ đề xuất đã sửa, trong một giao dịch")
    @PostMapping("/api/v1/imports/confirm")
    ResponseEntity<Map<String, Long>> confirm(@AuthenticationPrincipal SignedInUser user,
            @RequestBody ImportProposalJson proposal) {
        long directiveId = imports.confirm(user, proposal.confirmation());
        return ResponseEntity.created(URI.create("/api/v1/directives/" + directiveId))
                .body(Map.of("directiveId", directiveId, "id", directiveId));
    }

    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
