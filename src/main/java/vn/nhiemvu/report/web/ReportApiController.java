package vn.nhiemvu.report.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.PdfUnavailable;
import vn.nhiemvu.report.ReportFormat;
import vn.nhiemvu.report.ReportService;
import vn.nhiemvu.report.ReportingPeriod;
import vn.nhiemvu.report.TaskReport;

@RestController
@Tag(name = "Báo cáo", description = "Báo cáo nhiệm vụ được giao theo kỳ; thông báo, kế hoạch của Sở (DOCX, XLSX, PDF)")
class ReportApiController {

    private final ReportService reports;
    private final MessageSource messages;

    ReportApiController(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Operation(summary = "Báo cáo kết quả thực hiện nhiệm vụ được giao trong kỳ [from, to], số liệu tính đến asOf "
            + "(mặc định: ngày cuối kỳ); format docx (mặc định), xlsx (phụ lục) hoặc pdf")
    @GetMapping("/api/v1/task-report")
    ResponseEntity<byte[]> taskReport(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) String date, @RequestParam(required = false) String format) {
        ReportFormat fileFormat = format == null || format.isBlank() ? ReportFormat.DOCX : ReportFormat.parse(format);
        ReportingPeriod period = ReportingPeriod.recognise(Downloads.date("from", from), Downloads.date("to", to));
        TaskReport report = reports.taskReport(user, period, Downloads.date("asOf", asOf), issuer,
                Downloads.date("date", date));
        return Downloads.of(reports.taskReportFile(report, fileFormat));
    }

    @Operation(summary = "Thông báo (TB) hoặc kế hoạch (KH) của Sở dựng lại từ văn bản chỉ đạo và các nhiệm vụ của nó; "
            + "format docx (mặc định) hoặc pdf; type TB|KH khi văn bản thuộc loại khác")
    @GetMapping("/api/v1/directives/{id}/document")
    ResponseEntity<byte[]> directiveDocument(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String format, @RequestParam(required = false) String type) {
        ReportFormat fileFormat = format == null || format.isBlank() ? ReportFormat.DOCX : ReportFormat.parse(format);
        return Downloads.of(reports.directiveFile(reports.directiveDocument(user, id, type), fileFormat));
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
