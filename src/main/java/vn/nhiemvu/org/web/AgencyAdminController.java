package vn.nhiemvu.org.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

@Controller
@RequestMapping("/admin/agency")
class AgencyAdminController {

    private final OrgService org;

    AgencyAdminController(OrgService org) {
        this.org = org;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("form", AgencyForm.of(org.agency(admin)));
        return "org/agency-form";
    }

    @PostMapping
    String update(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") AgencyForm form,
            BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "org/agency-form";
        }
        try {
            org.updateAgency(admin, form.version(), form.name(), form.parentName(), form.shortCode(), form.place());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/agency-form";
        }
        redirect.addFlashAttribute("saved", "org.agency.saved");
        return "redirect:/admin/agency";
    }
}
