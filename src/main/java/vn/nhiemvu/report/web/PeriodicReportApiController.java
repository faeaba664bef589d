package vn.nhiemvu.report.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.PdfUnavailable;
import vn.nhiemvu.report.PeriodicReport;
import vn.nhiemvu.report.PeriodicReportService;
import vn.nhiemvu.report.ReportFormat;
import vn.nhiemvu.report.ReportListRow;
import vn.nhiemvu.report.ReportingPeriod;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.web.ETags;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo định kỳ", description = "Báo cáo định kỳ lập từ mẫu: các phần của đơn vị, hoàn thành, tải về")
class PeriodicReportApiController {

    private final PeriodicReportService reports;
    private final MessageSource messages;

    PeriodicReportApiController(PeriodicReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** A new report: a template and a period (kind, year and number, or from and to), and the as-of date. */
    record CreateRequest(Long templateId, ReportingPeriod.Kind periodKind, Integer year, Integer number,
            LocalDate from, LocalDate to, LocalDate asOf) {
    }

    record ContributionRequest(String text) {
    }

    record RemindRequest(Long unitId) {
    }

    record Created(long id) {
    }

    @Operation(summary = "Các báo cáo định kỳ người dùng được xem")
    @GetMapping
    List<ReportListRow> list(@AuthenticationPrincipal SignedInUser user) {
        return reports.reports(user);
    }

    @Operation(summary = "Lập báo cáo từ mẫu cho một kỳ; asOf mặc định là ngày chốt số liệu của kỳ")
    @PostMapping
    ResponseEntity<Created> create(@AuthenticationPrincipal SignedInUser user, @RequestBody CreateRequest request) {
        if (request.templateId() == null) {
            throw Refused.invalid("report.periodic.template.required");
        }
        ReportingPeriod period = PeriodicReportForms.CreateForm.period(request.periodKind(), request.year(),
                request.number(), request.from(), request.to());
        long id = reports.create(user, request.templateId(), period, request.asOf());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id)).body(new Created(id));
    }

    @Operation(summary = "Một báo cáo: các phần, đơn vị viết, tình trạng, phiên bản (version) của từng phần")
    @GetMapping("/{id}")
    ResponseEntity<PeriodicReport> report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        PeriodicReport report = reports.report(user, id);
        return ResponseEntity.ok().eTag(ETags.of(report.version())).body(report);
    }

    @Operation(summary = "Ghi nội dung một phần (bản nháp); cần If-Match với version của phần (412 nếu đã có người sửa)")
    @PutMapping("/{id}/sections/{sectionId}")
    ResponseEntity<Void> write(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long sectionId, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ContributionRequest request) {
        int version = reports.saveContribution(user, id, sectionId, ETags.version(ifMatch), request.text());
        return ResponseEntity.noContent().eTag(ETags.of(version)).build();
    }

    @Operation(summary = "Nộp một phần; If-Match tùy chọn")
    @PostMapping("/{id}/sections/{sectionId}/submit")
    ResponseEntity<Void> submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long sectionId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Integer version = ifMatch == null ? reports.section(user, id, sectionId).version() : ETags.version(ifMatch);
        return ResponseEntity.noContent().eTag(ETags.of(reports.submitContribution(user, id, sectionId, version))).build();
    }

    @Operation(summary = "Nhắc một đơn vị viết các phần chưa nộp")
    @PostMapping("/{id}/remind")
    ResponseEntity<Void> remind(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody RemindRequest request) {
        if (request.unitId() == null) {
            throw Refused.invalid("report.remind.unit.required");
        }
        reports.remind(user, id, request.unitId());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Hoàn thành báo cáo: cấp số, ghi ngày, lưu bản DOCX và khóa báo cáo")
    @PostMapping("/{id}/finalise")
    PeriodicReport finalise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return reports.finalise(user, id, ETags.version(ifMatch));
    }

    @Operation(summary = "Tải báo cáo: docx (mặc định; bản đã lưu khi hoàn thành), pdf hoặc xlsx (phụ lục)")
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String format) {
        ReportFormat fileFormat = format == null || format.isBlank() ? ReportFormat.DOCX : ReportFormat.parse(format);
        return Downloads.of(reports.file(user, id, fileFormat));
    }

    /** No LibreOffice here, or it failed: 503 with the reason, so that a program can fall back to the DOCX. */
    @ExceptionHandler(PdfUnavailable.class)
    ResponseEntity<ProblemDetail> pdfUnavailable(PdfUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage(e.messageKey(), null, ReportPages.VIETNAMESE));
        problem.setTitle(messages.getMessage("report.problem.title.503", null, ReportPages.VIETNAMESE));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
