package vn.nhiemvu.report.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.DirectiveDocument;
import vn.nhiemvu.report.PdfUnavailable;
import vn.nhiemvu.report.ReportFormat;
import vn.nhiemvu.report.ReportService;
import vn.nhiemvu.report.ReportingPeriod;
import vn.nhiemvu.report.TaskReport;
import vn.nhiemvu.shared.Refused;

/**
 * The report pages: the report on assigned tasks for a period (a form, the figures, the downloads), and the
 * Department's notice or plan made from one of its directives.
 */
@Controller
@RequestMapping("/reports")
class ReportPageController {

    /** The reasons a PDF download can come back to the page with (PdfUnavailable's keys). */
    private static final Set<String> PDF_PROBLEMS = Set.of("report.pdf.missing", "report.pdf.failed",
            "report.pdf.timeout", "report.pdf.busy");

    private final ReportService reports;
    private final MessageSource messages;

    ReportPageController(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/tasks")
    String tasks(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") TaskReportForm form,
            BindingResult binding, @RequestParam(required = false) String problem,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            @RequestHeader(value = "HX-Trigger-Name", required = false) String changedField,
            Model model, HttpServletResponse response) {
        LocalDate today = reports.today();
        model.addAttribute("kinds", ReportingPeriod.Kind.values());
        model.addAttribute("issuers", reports.issuers(user));
        model.addAttribute("pdfAvailable", reports.pdfAvailable());
        if (problem != null && PDF_PROBLEMS.contains(problem)) {
            model.addAttribute("reportProblem", message(problem));
        }
        if (binding.hasErrors()) {
            model.addAttribute("reportProblem", message("report.form.invalid"));
        }
        try {
            ReportingPeriod period = form.period(today);
            LocalDate asOf = form.asOf(period, today, changedField);
            LocalDate issuedOn = form.date() != null ? form.date() : today;
            TaskReport report = reports.taskFigures(user, period, asOf, form.issuer(), issuedOn);
            model.addAttribute("period", period);
            model.addAttribute("asOf", asOf);
            model.addAttribute("issuedOn", issuedOn);
            model.addAttribute("report", report);
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("reportProblem", message(refused.messageKey(), refused.arguments()));
        }
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null && historyRestore == null ? "report/tasks :: content" : "report/tasks";
    }

    @GetMapping("/tasks/file")
    ResponseEntity<byte[]> taskFile(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String format, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String issuer, @RequestParam(required = false) String date) {
        ReportFormat fileFormat = ReportFormat.parse(format);
        ReportingPeriod period = ReportingPeriod.recognise(Downloads.date("from", from), Downloads.date("to", to));
        TaskReport report = reports.taskReport(user, period, Downloads.date("asOf", asOf), issuer,
                Downloads.date("date", date));
        try {
            return Downloads.of(reports.taskReportFile(report, fileFormat));
        } catch (PdfUnavailable e) {
            return backTo(UriComponentsBuilder.fromPath("/reports/tasks").queryParam("from", from).queryParam("to", to).queryParam("asOf", asOf)
                    .queryParamIfPresent("issuer", java.util.Optional.ofNullable(issuer))
                    .queryParam("problem", e.messageKey()));
        }
    }

    @GetMapping("/directives/{id}")
    String directive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String type, @RequestParam(required = false) String problem,
            Model model) {
        model.addAttribute("directiveId", id);
        model.addAttribute("types", DirectiveDocument.Type.values());
        model.addAttribute("type", type);
        model.addAttribute("pdfAvailable", reports.pdfAvailable());
        if (problem != null && PDF_PROBLEMS.contains(problem)) {
            model.addAttribute("reportProblem", message(problem));
        }
        try {
            model.addAttribute("document", reports.directiveDocument(user, id, type));
        } catch (Refused refused) {
            if (refused.kind() != Refused.Kind.INVALID) {
                throw refused;
            }
            model.addAttribute("reportProblem", message(refused.messageKey(), refused.arguments()));
        }
        return "report/directive";
    }

    @GetMapping("/directives/{id}/file")
    ResponseEntity<byte[]> directiveFile(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String format, @RequestParam(required = false) String type) {
        ReportFormat fileFormat = ReportFormat.parse(format);
        DirectiveDocument document = reports.directiveDocument(user, id, type);
        try {
            return Downloads.of(reports.directiveFile(document, fileFormat));
        } catch (PdfUnavailable e) {
            return backTo(UriComponentsBuilder.fromPath("/reports/directives/{id}")
                    .queryParamIfPresent("type", java.util.Optional.ofNullable(type))
                    .queryParam("problem", e.messageKey()), id);
        }
    }

    /** Back to the page, which says why there is no PDF (post/redirect/get keeps the address shareable). */
    private static ResponseEntity<byte[]> backTo(UriComponentsBuilder page, Object... variables) {
        URI location = page.encode().buildAndExpand(variables).toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
