package vn.nhiemvu.report.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.PdfUnavailable;
import vn.nhiemvu.report.PeriodicReport;
import vn.nhiemvu.report.PeriodicReportService;
import vn.nhiemvu.report.ReportFormat;
import vn.nhiemvu.report.ReportingPeriod;
import vn.nhiemvu.report.web.PeriodicReportForms.ContributionForm;
import vn.nhiemvu.report.web.PeriodicReportForms.CreateForm;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

/**
 * Periodic reports: the list (and the parts the user's unit has to write), making a report, a report's page with
 * its sections and who writes them, writing a part, reminding a unit, finalising, downloading.
 */
@Controller
@RequestMapping("/reports")
class PeriodicReportController {

    private final PeriodicReportService reports;
    private final MessageSource messages;

    PeriodicReportController(PeriodicReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("form", CreateForm.empty(reports.today()));
        return listPage(user, model);
    }

    private String listPage(SignedInUser user, Model model) {
        model.addAttribute("reports", reports.reports(user));
        model.addAttribute("due", reports.contributionsDue(user));
        model.addAttribute("compiles", PeriodicReportService.compiles(user));
        model.addAttribute("keepsTemplates", PeriodicReportService.keepsTemplates(user));
        if (PeriodicReportService.compiles(user)) {
            model.addAttribute("templates", reports.templates(user));
        }
        model.addAttribute("kinds", ReportingPeriod.Kind.values());
        return "report/list";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") CreateForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            binding.reject("report.form.invalid");
            return listPage(user, model);
        }
        try {
            if (form.templateId() == null) {
                throw Refused.invalid("report.periodic.template.required");
            }
            long id = reports.create(user, form.templateId(), form.period(), form.asOf());
            redirect.addFlashAttribute("saved", "report.periodic.created");
            return "redirect:/reports/" + id;
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return listPage(user, model);
        }
    }

    @GetMapping("/{id:\\d+}")
    String report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String problem, Model model) {
        PeriodicReport report = reports.report(user, id);
        model.addAttribute("report", report);
        model.addAttribute("numberLine", reports.numberLine(user, report));
        model.addAttribute("computed", reports.computedLines(user, report));
        model.addAttribute("compiles", PeriodicReportService.compiles(user));
        model.addAttribute("seesAll", user.role().seesWholeAgency());
        model.addAttribute("myUnitId", user.unitId());
        model.addAttribute("pdfAvailable", reports.pdfAvailable());
        if (problem != null && problem.startsWith("report.pdf.")) {
            model.addAttribute("refused", problem);
        }
        return "report/report";
    }

    @GetMapping("/{id:\\d+}/sections/{sectionId:\\d+}")
    String section(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long sectionId,
            Model model) {
        PeriodicReport.Section section = reports.section(user, id, sectionId);
        model.addAttribute("form", ContributionForm.of(section));
        return sectionPage(user, id, section, model);
    }

    private String sectionPage(SignedInUser user, long id, PeriodicReport.Section section, Model model) {
        model.addAttribute("report", reports.report(user, id));
        model.addAttribute("section", section);
        return "report/section";
    }

    @PostMapping("/{id:\\d+}/sections/{sectionId:\\d+}")
    String write(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long sectionId,
            @ModelAttribute("form") ContributionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            int version = reports.saveContribution(user, id, sectionId, form.version(), form.text());
            if (form.submit()) {
                reports.submitContribution(user, id, sectionId, version);
                redirect.addFlashAttribute("saved", "report.contribution.submitted");
                return "redirect:/reports/" + id;
            }
            redirect.addFlashAttribute("saved", "report.contribution.saved");
            return "redirect:/reports/" + id + "/sections/" + sectionId;
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return sectionPage(user, id, reports.section(user, id, sectionId), model);
        }
    }

    @PostMapping("/{id:\\d+}/remind")
    String remind(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam long unitId,
            RedirectAttributes redirect) {
        try {
            reports.remind(user, id, unitId);
            redirect.addFlashAttribute("saved", "report.remind.sent");
        } catch (Refused refused) {
            rejectOnRedirect(refused, redirect);
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/{id:\\d+}/finalise")
    String finalise(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            reports.finalise(user, id, version);
            redirect.addFlashAttribute("saved", "report.periodic.finalised");
        } catch (Refused refused) {
            rejectOnRedirect(refused, redirect);
        }
        return "redirect:/reports/" + id;
    }

    @GetMapping("/{id:\\d+}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String format) {
        try {
            return Downloads.of(reports.file(user, id, ReportFormat.parse(format)));
        } catch (PdfUnavailable e) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(java.net.URI.create("/reports/" + id + "?problem=" + e.messageKey())).build();
        }
    }

    /** A refused action comes back to the report page with its reason (forbidden and not found go to their page). */
    private void rejectOnRedirect(Refused refused, RedirectAttributes redirect) {
        if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.FORBIDDEN) {
            throw refused;
        }
        redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(),
                LocaleContextHolder.getLocale()));
    }
}
