package vn.nhiemvu.report.web;

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

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.PeriodicReportService;
import vn.nhiemvu.report.ReportTemplate;
import vn.nhiemvu.report.SectionKind;
import vn.nhiemvu.report.web.PeriodicReportForms.SectionForm;
import vn.nhiemvu.report.web.PeriodicReportForms.TemplateForm;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

/**
 * The report templates (administrator and office): rename a template, and add, edit, move up or down and remove its
 * sections. Every change carries the template's version, so two people editing at once cannot overwrite each other.
 */
@Controller
@RequestMapping("/reports/templates")
class ReportTemplateController {

    private final PeriodicReportService reports;
    private final OrgService org;

    ReportTemplateController(PeriodicReportService reports, OrgService org) {
        this.reports = reports;
        this.org = org;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        requireKeeper(user);
        model.addAttribute("templates", reports.templates(user));
        return "report/templates";
    }

    @GetMapping("/{id:\\d+}")
    String template(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        requireKeeper(user);
        ReportTemplate template = reports.template(user, id);
        model.addAttribute("form", TemplateForm.of(template));
        model.addAttribute("sectionForm", SectionForm.blank(template));
        return page(user, template, model);
    }

    private String page(SignedInUser user, ReportTemplate template, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("kinds", SectionKind.values());
        model.addAttribute("units", org.activeUnits(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TemplateForm.of(template));
        }
        if (!model.containsAttribute("sectionForm")) {
            model.addAttribute("sectionForm", SectionForm.blank(template));
        }
        return "report/template";
    }

    @PostMapping("/{id:\\d+}")
    String rename(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") TemplateForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            reports.renameTemplate(user, id, form.version(), form.name(), form.subject(), form.numbering());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return page(user, reports.template(user, id), model);
        }
        redirect.addFlashAttribute("saved", "report.template.saved");
        return "redirect:/reports/templates/" + id;
    }

    @PostMapping("/{id:\\d+}/sections")
    String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("sectionForm") SectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            reports.addSection(user, id, form.version(), form.after(), form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return page(user, reports.template(user, id), model);
        }
        redirect.addFlashAttribute("saved", "report.template.section.added");
        return "redirect:/reports/templates/" + id;
    }

    @GetMapping("/{id:\\d+}/sections/{sectionId:\\d+}")
    String section(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long sectionId,
            Model model) {
        requireKeeper(user);
        ReportTemplate template = reports.template(user, id);
        ReportTemplate.Section section = find(template, sectionId);
        model.addAttribute("sectionForm", SectionForm.of(template, section));
        return sectionPage(user, template, section, model);
    }

    private String sectionPage(SignedInUser user, ReportTemplate template, ReportTemplate.Section section,
            Model model) {
        model.addAttribute("template", template);
        model.addAttribute("section", section);
        model.addAttribute("kinds", SectionKind.values());
        model.addAttribute("units", org.activeUnits(user));
        return "report/template-section";
    }

    @PostMapping("/{id:\\d+}/sections/{sectionId:\\d+}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long sectionId,
            @ModelAttribute("sectionForm") SectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            reports.updateSection(user, id, form.version(), sectionId, form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            ReportTemplate template = reports.template(user, id);
            return sectionPage(user, template, find(template, sectionId), model);
        }
        redirect.addFlashAttribute("saved", "report.template.saved");
        return "redirect:/reports/templates/" + id;
    }

    @PostMapping("/{id:\\d+}/sections/{sectionId:\\d+}/move")
    String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam int version, @RequestParam String direction, RedirectAttributes redirect) {
        return change(redirect, id, () -> reports.moveSection(user, id, version, sectionId, "up".equals(direction)));
    }

    @PostMapping("/{id:\\d+}/sections/{sectionId:\\d+}/delete")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long sectionId,
            @RequestParam int version, RedirectAttributes redirect) {
        return change(redirect, id, () -> reports.removeSection(user, id, version, sectionId));
    }

    /** A one-click change: back to the editor, with what was refused when it was. */
    private static String change(RedirectAttributes redirect, long id, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", "report.template.saved");
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.NOT_FOUND || refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/reports/templates/" + id;
    }

    private static ReportTemplate.Section find(ReportTemplate template, long sectionId) {
        return template.sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> Refused.notFound("report.template.section.notFound", sectionId));
    }

    private static void requireKeeper(SignedInUser user) {
        if (!PeriodicReportService.keepsTemplates(user)) {
            throw Refused.forbidden();
        }
    }
}
