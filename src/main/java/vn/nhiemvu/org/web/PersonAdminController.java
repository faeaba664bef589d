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
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

@Controller
@RequestMapping("/admin/people")
class PersonAdminController {

    private final OrgService org;

    PersonAdminController(OrgService org) {
        this.org = org;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("people", org.people(admin));
        return "org/people";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("form", PersonForm.empty());
        model.addAttribute("units", org.activeUnits(admin));
        return "org/person-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") PersonForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("units", org.activeUnits(admin));
        if (binding.hasErrors()) {
            return "org/person-form";
        }
        try {
            org.createPerson(admin, form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/person-form";
        }
        redirect.addFlashAttribute("saved", "org.person.saved");
        return "redirect:/admin/people";
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("form", PersonForm.of(org.person(admin, id)));
        model.addAttribute("units", org.units(admin));
        return "org/person-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
            @Validated @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("personId", id);
        model.addAttribute("units", org.units(admin));
        if (binding.hasErrors()) {
            return "org/person-form";
        }
        try {
            org.updatePerson(admin, id, form.version(), form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/person-form";
        }
        redirect.addFlashAttribute("saved", "org.person.saved");
        return "redirect:/admin/people";
    }

    @PostMapping("/{id}/active")
    String setActive(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @RequestParam int version,
            @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            org.setPersonActive(admin, id, version, active);
            redirect.addFlashAttribute("saved", active ? "org.person.activated" : "org.person.deactivated");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/admin/people";
    }
}
