package vn.nhiemvu.org.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.UnitKind;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    private final OrgService org;

    UnitAdminController(OrgService org) {
        this.org = org;
    }

    @ModelAttribute("kinds")
    UnitKind[] kinds() {
        return UnitKind.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("units", org.units(admin));
        return "org/units";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", UnitForm.empty());
        return "org/unit-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") UnitForm form,
            BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "org/unit-form";
        }
        try {
            org.createUnit(admin, form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/unit-form";
        }
        redirect.addFlashAttribute("saved", "org.unit.saved");
        return "redirect:/admin/units";
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
        model.addAttribute("unitId", id);
        model.addAttribute("form", UnitForm.of(org.unit(admin, id)));
        return "org/unit-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
            @Validated @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("unitId", id);
        if (binding.hasErrors()) {
            return "org/unit-form";
        }
        try {
            org.updateUnit(admin, id, form.version(), form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/unit-form";
        }
        redirect.addFlashAttribute("saved", "org.unit.saved");
        return "redirect:/admin/units";
    }

    @PostMapping("/{id}/active")
    String setActive(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @RequestParam int version,
            @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            org.setUnitActive(admin, id, version, active);
            redirect.addFlashAttribute("saved", active ? "org.unit.activated" : "org.unit.deactivated");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/admin/units";
    }
}
