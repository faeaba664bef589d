package vn.nhiemvu.project.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.nhiemvu.project.ProjectService;
import vn.nhiemvu.project.PublicProject;

/**
 * The accepted projects as Departments publish them on their websites, for anyone: a page and its JSON. Needs the
 * path {@code /public/**} open to everyone in the web module's security configuration.
 */
@Controller
class PublicProjectController {

    private final ProjectService projects;

    PublicProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/public/projects")
    String page(@RequestParam(required = false) Long agency, Model model) {
        model.addAttribute("projects", projects.publicList(agency));
        model.addAttribute("agencyName", projects.agencyName(agency));
        return "project/public";
    }

    @GetMapping(value = "/public/projects.json", produces = "application/json")
    @ResponseBody
    List<PublicProject> json(@RequestParam(required = false) Long agency) {
        return projects.publicList(agency);
    }
}
