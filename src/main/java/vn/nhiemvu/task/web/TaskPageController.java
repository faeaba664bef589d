package vn.nhiemvu.task.web;

import java.time.LocalDate;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Attachment;
import vn.nhiemvu.task.DeadlineKind;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.TaskDetails;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.TaskStatus;
import vn.nhiemvu.task.WorkState;
import vn.nhiemvu.task.web.TaskActionForms.AssigneesForm;
import vn.nhiemvu.task.web.TaskActionForms.CompletionForm;
import vn.nhiemvu.task.web.TaskActionForms.DecisionForm;
import vn.nhiemvu.task.web.TaskActionForms.ExtensionForm;
import vn.nhiemvu.task.web.TaskActionForms.ProgressForm;
import vn.nhiemvu.task.web.TaskActionForms.StateForm;
import vn.nhiemvu.web.Downloads;
import vn.nhiemvu.web.Notices;

@Controller
@RequestMapping("/tasks")
class TaskPageController {

    static final int PAGE_SIZE = 100;

    private final TaskService tasks;
    private final DirectiveService directives;
    private final OrgService org;
    private final Notices notices;

    TaskPageController(TaskService tasks, DirectiveService directives, OrgService org, Notices notices) {
        this.tasks = tasks;
        this.directives = directives;
        this.org = org;
        this.notices = notices;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, TaskFilterForm form, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response) {
        TaskFilter.Scope defaultScope = user.role().seesWholeAgency() ? TaskFilter.Scope.ALL
                : user.unitId() != null ? TaskFilter.Scope.UNIT : TaskFilter.Scope.MINE;
        TaskFilter filter = form.filter(defaultScope, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("form", form);
        model.addAttribute("asOf", filter.asOf() == null ? tasks.today() : filter.asOf());
        model.addAttribute("page", tasks.tasks(user, filter));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "task/list :: results";
        }
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("units", org.units(user));
        model.addAttribute("issuers", directives.issuers(user));
        model.addAttribute("people", org.people(user));
        return "task/list";
    }

    @GetMapping("/awaiting-confirmation")
    String awaitingConfirmation(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("tasks", tasks.awaitingConfirmation(user));
        return "task/awaiting";
    }

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long directiveId,
            @RequestParam(required = false) Long parentId, Model model) {
        Directive directive = directiveId == null ? null : directives.directive(user, directiveId);
        TaskDetails parent = parentId == null ? null : tasks.task(user, parentId);
        Long issuerId = null;
        if (directive != null) {
            issuerId = directive.issuerId();
        } else if (parent != null) {
            issuerId = parent.issuerId();
        }
        LocalDate assignedOn = directive != null ? directive.issuedOn() : tasks.today();
        model.addAttribute("form", TaskForm.empty(directive == null ? parentDirective(parent) : directiveId, parentId,
                issuerId, assignedOn));
        return formPage(user, model);
    }

    private static Long parentDirective(TaskDetails parent) {
        return parent == null || parent.directive() == null ? null : parent.directive().id();
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Validated @ModelAttribute("form") TaskForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        long id;
        try {
            id = tasks.assign(user, form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return formPage(user, model);
        }
        notices.done(redirect, "task.assigned");
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        TaskDetails task = tasks.task(user, id);
        model.addAttribute("taskId", id);
        model.addAttribute("form", TaskForm.of(task));
        return formPage(user, model);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Validated @ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("taskId", id);
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        try {
            tasks.updateTask(user, id, form.version(), form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return formPage(user, model);
        }
        notices.done(redirect, "task.saved");
        return "redirect:/tasks/" + id;
    }

    private String formPage(SignedInUser user, Model model) {
        TaskForm form = (TaskForm) model.getAttribute("form");
        if (form != null && form.directiveId() != null) {
            model.addAttribute("directive", directives.directive(user, form.directiveId()));
        }
        if (form != null && form.parentId() != null) {
            model.addAttribute("parent", tasks.task(user, form.parentId()));
        }
        model.addAttribute("issuers", directives.activeIssuers(user));
        model.addAttribute("units", org.activeUnits(user));
        model.addAttribute("people", org.people(user).stream().filter(p -> p.active()).toList());
        model.addAttribute("deadlineKinds", DeadlineKind.values());
        return "task/form";
    }

    @GetMapping("/{id}")
    String task(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        TaskDetails task = tasks.task(user, id);
        model.addAttribute("task", task);
        model.addAttribute("today", tasks.today());
        model.addAttribute("workStates", WorkState.values());
        if (task.can().assign()) {
            model.addAttribute("people", org.people(user).stream().filter(p -> p.active()).toList());
        }
        return "task/detail";
    }

    @PostMapping("/{id}/progress")
    String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, ProgressForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "task.progress.saved", () -> tasks.recordProgress(user, id, form.version(), form.on(),
                form.note(), form.percent(), TaskActionForms.upload(form.file())));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/completion")
    String complete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, CompletionForm form,
            RedirectAttributes redirect) {
        try {
            WorkState state = tasks.complete(user, id, form.version(), form.completedOn(), form.result(),
                    TaskActionForms.upload(form.file()));
            notices.done(redirect, state == WorkState.CHO_XAC_NHAN ? "task.completion.reported" : "task.completion.saved");
        } catch (Refused refused) {
            notices.refused(redirect, refused);
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/completion/confirm")
    String confirmCompletion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        notices.act(redirect, "task.completion.confirmed", () -> tasks.confirmCompletion(user, id, version));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/completion/return")
    String returnCompletion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        notices.act(redirect, "task.completion.returned", () -> tasks.returnCompletion(user, id, version, note));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        notices.act(redirect, "task.reopened", () -> tasks.reopen(user, id, version));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/state")
    String changeState(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, StateForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "task.state.saved", () -> tasks.changeState(user, id, form.version(), form.state()));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/assignees")
    String assign(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, AssigneesForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "task.assignees.saved", () -> tasks.setAssignees(user, id, form.version(),
                form.assigneeIds() == null ? java.util.List.of() : form.assigneeIds()));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/urge")
    String urge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String note,
            RedirectAttributes redirect) {
        notices.act(redirect, "task.urged", () -> tasks.urge(user, id, note));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/extensions")
    String requestExtension(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, ExtensionForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "task.extension.requested",
                () -> tasks.requestExtension(user, id, form.requestedDeadline(), form.reason()));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/{id}/extensions/{extensionId}/decision")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long extensionId,
            DecisionForm form, RedirectAttributes redirect) {
        notices.act(redirect, form.approved() ? "task.extension.approved" : "task.extension.rejected",
                () -> tasks.decideExtension(user, id, extensionId, form.approved(), form.note()));
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/{id}/files/{attachmentId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long attachmentId) {
        return download(tasks.attachment(user, id, attachmentId));
    }

    static ResponseEntity<byte[]> download(Attachment attachment) {
        return Downloads.attachment(attachment.fileName(), attachment.contentType(), attachment.content());
    }
}
