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

import vn.nhiemvu.org.AccountService;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;

@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final OrgService org;

    AccountAdminController(AccountService accounts, OrgService org) {
        this.accounts = accounts;
        this.org = org;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("accounts", accounts.accounts(admin));
        return "org/accounts";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser admin, Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("people", org.people(admin));
        return "org/account-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser admin, @Validated @ModelAttribute("form") AccountForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("people", org.people(admin));
        if (binding.hasErrors()) {
            return "org/account-form";
        }
        try {
            accounts.createAccount(admin, form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/account-form";
        }
        redirect.addFlashAttribute("saved", "org.account.saved");
        return "redirect:/admin/accounts";
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, Model model) {
        model.addAttribute("accountId", id);
        model.addAttribute("form", AccountForm.of(accounts.account(admin, id)));
        model.addAttribute("people", org.people(admin));
        return "org/account-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
            @Validated @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("accountId", id);
        model.addAttribute("people", org.people(admin));
        if (binding.hasErrors()) {
            return "org/account-form";
        }
        try {
            accounts.updateAccount(admin, id, form.version(), form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return "org/account-form";
        }
        redirect.addFlashAttribute("saved", "org.account.saved");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/active")
    String setActive(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, @RequestParam int version,
            @RequestParam boolean active, RedirectAttributes redirect) {
        try {
            accounts.setAccountActive(admin, id, version, active);
            redirect.addFlashAttribute("saved", active ? "org.account.activated" : "org.account.deactivated");
        } catch (Refused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/admin/accounts";
    }
}
