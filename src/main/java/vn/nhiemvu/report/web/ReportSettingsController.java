package vn.nhiemvu.report.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.PeriodicReportService;
import vn.nhiemvu.report.web.PeriodicReportForms.SettingsForm;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

/** The signer and the recipients every periodic report of the agency prints (administrator and office). */
@Controller
@RequestMapping("/reports/settings")
class ReportSettingsController {

    private final PeriodicReportService reports;

    ReportSettingsController(PeriodicReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!PeriodicReportService.keepsTemplates(user)) {
            throw Refused.forbidden();
        }
        model.addAttribute("form", SettingsForm.of(reports.settings(user)));
        return "report/settings";
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") SettingsForm form,
            BindingResult binding, RedirectAttributes redirect) {
        try {
            reports.updateSettings(user, form.version(), form.signerTitle(), form.signerName(), form.recipients());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "report/settings";
        }
        redirect.addFlashAttribute("saved", "report.settings.saved");
        return "redirect:/reports/settings";
    }
}
