package vn.nhiemvu.project.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.project.ProjectService;
import vn.nhiemvu.project.web.ProjectForms.HostForm;
import vn.nhiemvu.web.Notices;

/** The agency's list of host organisations (tổ chức chủ trì). */
@Controller
@RequestMapping("/projects/hosts")
class HostPageController {

    private final ProjectService projects;
    private final Notices notices;

    HostPageController(ProjectService projects, Notices notices) {
        this.projects = projects;
        this.notices = notices;
    }

    @GetMapping
    String hosts(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("hosts", projects.hosts(user));
        return "project/hosts";
    }

    @PostMapping
    String add(@AuthenticationPrincipal SignedInUser user, HostForm form, RedirectAttributes redirect) {
        notices.act(redirect, "project.host.added", () -> projects.addHost(user, form.name(), form.parentName()));
        return "redirect:/projects/hosts";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HostForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "project.host.saved", () -> projects.updateHost(user, id,
                form.version() == null ? -1 : form.version(), form.name(), form.parentName(),
                form.active() == null || form.active()));
        return "redirect:/projects/hosts";
    }
}
