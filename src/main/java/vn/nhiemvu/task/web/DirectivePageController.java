package vn.nhiemvu.task.web;

import org.springframework.http.ResponseEntity;
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

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveKinds;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.web.Notices;

@Controller
@RequestMapping("/directives")
class DirectivePageController {

    private final DirectiveService directives;
    private final TaskService tasks;
    private final Notices notices;

    DirectivePageController(DirectiveService directives, TaskService tasks, Notices notices) {
        this.directives = directives;
        this.tasks = tasks;
        this.notices = notices;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", directives.directives(user, q, page, 50));
        return "task/directives";
    }

    @GetMapping("/new")
    String createForm(Model model, @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("form", DirectiveForm.empty(tasks.today()));
        return formPage(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Validated @ModelAttribute("form") DirectiveForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        Directive directive;
        try {
            directive = directives.register(user, form.draft(), TaskActionForms.upload(form.file()));
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return formPage(user, model);
        }
        notices.done(redirect, "task.directive.saved");
        return "redirect:/directives/" + directive.id();
    }

    @GetMapping("/{id}")
    String directive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("directive", directives.directive(user, id));
        TaskFilter filter = new TaskFilter(TaskFilter.Scope.ALL, null, null, null, null, null, null, id, null, null,
                null, TaskFilter.Sort.DUE, 0, TaskFilter.MAX_PAGE_SIZE);
        model.addAttribute("page", tasks.tasks(user, filter));
        model.addAttribute("asOf", tasks.today());
        return "task/directive";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("directiveId", id);
        model.addAttribute("form", DirectiveForm.of(directives.directive(user, id)));
        return formPage(user, model);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Validated @ModelAttribute("form") DirectiveForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("directiveId", id);
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        try {
            directives.update(user, id, form.version(), form.draft(), TaskActionForms.upload(form.file()));
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return formPage(user, model);
        }
        notices.done(redirect, "task.directive.saved");
        return "redirect:/directives/" + id;
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return TaskPageController.download(directives.attachment(user, id));
    }

    private String formPage(SignedInUser user, Model model) {
        model.addAttribute("issuers", directives.activeIssuers(user));
        model.addAttribute("kinds", DirectiveKinds.ALL);
        return "task/directive-form";
    }

}
