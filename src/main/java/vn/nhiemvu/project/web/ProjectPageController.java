package vn.nhiemvu.project.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.nhiemvu.project.ActivityKind;
import vn.nhiemvu.project.AssignmentMethod;
import vn.nhiemvu.project.CouncilKind;
import vn.nhiemvu.project.CouncilRole;
import vn.nhiemvu.project.CouncilService;
import vn.nhiemvu.project.DepartmentRole;
import vn.nhiemvu.project.DocumentKind;
import vn.nhiemvu.project.LumpSumMethod;
import vn.nhiemvu.project.NtmnManagement;
import vn.nhiemvu.project.ProjectDetails;
import vn.nhiemvu.project.ProjectFilter;
import vn.nhiemvu.project.ProjectLevel;
import vn.nhiemvu.project.ProjectOrigin;
import vn.nhiemvu.project.ProjectService;
import vn.nhiemvu.project.ProjectSpreadsheets;
import vn.nhiemvu.project.ProjectState;
import vn.nhiemvu.project.ProjectType;
import vn.nhiemvu.project.ScienceField;
import vn.nhiemvu.project.StoredFile;
import vn.nhiemvu.project.TerminationCase;
import vn.nhiemvu.project.TransitionResult;
import vn.nhiemvu.project.web.ProjectForms.ActivityForm;
import vn.nhiemvu.project.web.ProjectForms.ConclusionForm;
import vn.nhiemvu.project.web.ProjectForms.CouncilForm;
import vn.nhiemvu.project.web.ProjectForms.DocumentForm;
import vn.nhiemvu.project.web.ProjectForms.MemberForm;
import vn.nhiemvu.project.web.ProjectForms.TransitionForm;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.web.Downloads;
import vn.nhiemvu.web.Notices;

/** The register, a project's page and its forms, the board by state and the portfolio figures. */
@Controller
@RequestMapping("/projects")
class ProjectPageController {

    static final int PAGE_SIZE = 50;
    static final int CARDS_PER_COLUMN = 30;

    private final ProjectService projects;
    private final CouncilService councils;
    private final ProjectSpreadsheets spreadsheets;
    private final OrgService org;
    private final Notices notices;

    ProjectPageController(ProjectService projects, CouncilService councils, ProjectSpreadsheets spreadsheets,
            OrgService org, Notices notices) {
        this.projects = projects;
        this.councils = councils;
        this.spreadsheets = spreadsheets;
        this.org = org;
        this.notices = notices;
    }

    // ----- the register as a spreadsheet

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user, ProjectFilterForm form) {
        byte[] workbook = spreadsheets.export(user, form.filter(PAGE_SIZE));
        return Downloads.attachment("so-nhiem-vu-khcn.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
    }

    @GetMapping("/import")
    String importForm() {
        return "project/import";
    }

    @PostMapping("/import")
    String importRows(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model) {
        try {
            model.addAttribute("result", spreadsheets.importRows(user, ProjectForms.upload(file)));
        } catch (Refused refused) {
            if (refused.kind() == Refused.Kind.FORBIDDEN) {
                throw refused;
            }
            model.addAttribute("refused", refused);
        }
        return "project/import";
    }

    // ----- the register

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, ProjectFilterForm form, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response) {
        ProjectFilter filter = form.filter(PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", projects.projects(user, filter));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "project/list :: results";
        }
        filterOptions(user, model);
        return "project/list";
    }

    private void filterOptions(SignedInUser user, Model model) {
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("programmes", projects.settings().programmes());
        model.addAttribute("fields", ScienceField.values());
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("roles", DepartmentRole.values());
        model.addAttribute("hosts", projects.hosts(user));
        model.addAttribute("units", org.units(user));
        int year = projects.today().getYear();
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(year - 8, year + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    // ----- the board

    @GetMapping("/board")
    String board(@AuthenticationPrincipal SignedInUser user, ProjectFilterForm form, Model model) {
        ProjectFilter filter = form.filter(PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", projects.board(user, filter, CARDS_PER_COLUMN));
        model.addAttribute("today", projects.today());
        filterOptions(user, model);
        return "project/board";
    }

    // ----- the councils calendar

    @GetMapping("/councils")
    String councilCalendar(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") java.time.YearMonth month,
            @RequestParam(required = false) CouncilKind kind, Model model) {
        LocalDate today = projects.today();
        java.time.YearMonth thisMonth = java.time.YearMonth.from(today);
        model.addAttribute("calendar", councils.calendar(user, month == null ? thisMonth : month, kind));
        model.addAttribute("thisMonth", thisMonth);
        model.addAttribute("kinds", CouncilKind.values());
        model.addAttribute("today", today);
        return "project/councils";
    }

    // ----- the figures

    @GetMapping("/figures")
    String figures(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate today = projects.today();
        int y = year == null ? today.getYear() : year;
        LocalDate judgedOn = asOf != null ? asOf : (today.getYear() > y ? LocalDate.of(y, 12, 31) : today);
        model.addAttribute("year", y);
        model.addAttribute("asOf", judgedOn);
        model.addAttribute("figures", projects.figures(user, y, judgedOn));
        return "project/figures";
    }

    // ----- recording a project

    @GetMapping("/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        LocalDate today = projects.today();
        model.addAttribute("form", ProjectForm.empty(today.getYear(), user.unitId(), today));
        return formPage(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Validated @ModelAttribute("form") ProjectForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        long id;
        try {
            id = projects.create(user, form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return formPage(user, model);
        }
        notices.done(redirect, "project.created");
        return "redirect:/projects/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("projectId", id);
        model.addAttribute("form", ProjectForm.of(projects.project(user, id)));
        return formPage(user, model);
    }

    @PostMapping("/{id}/edit")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Validated @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("projectId", id);
        if (binding.hasErrors()) {
            return formPage(user, model);
        }
        try {
            projects.update(user, id, form.version(), form.draft());
        } catch (Refused refused) {
            FormErrors.reject(binding, refused);
            return formPage(user, model);
        }
        notices.done(redirect, "project.saved");
        return "redirect:/projects/" + id;
    }

    private String formPage(SignedInUser user, Model model) {
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("programmes", projects.settings().programmes());
        model.addAttribute("ntmnManagements", NtmnManagement.values());
        model.addAttribute("roles", DepartmentRole.values());
        model.addAttribute("types", ProjectType.values());
        model.addAttribute("origins", ProjectOrigin.values());
        model.addAttribute("assignmentMethods", AssignmentMethod.values());
        model.addAttribute("lumpSumMethods", LumpSumMethod.values());
        model.addAttribute("fields", ScienceField.values());
        model.addAttribute("hosts", projects.hosts(user).stream().filter(h -> h.active()).toList());
        model.addAttribute("units", org.activeUnits(user));
        model.addAttribute("startStates", Arrays.stream(ProjectState.values())
                .filter(s -> s != ProjectState.DONG).toList());
        model.addAttribute("documentKinds", DocumentKind.values());
        return "project/form";
    }

    // ----- a project's page and its actions

    @GetMapping("/{id}")
    String project(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ProjectDetails project = projects.project(user, id);
        model.addAttribute("project", project);
        model.addAttribute("today", projects.today());
        model.addAttribute("settings", projects.settings());
        if (project.can().change()) {
            model.addAttribute("hosts", projects.hosts(user).stream().filter(h -> h.active()).toList());
            model.addAttribute("terminationCases", projects.settings().terminationCases());
            model.addAttribute("lumpSumMethods", LumpSumMethod.values());
            model.addAttribute("councilKinds", CouncilKind.values());
            model.addAttribute("councilRoles", CouncilRole.values());
            model.addAttribute("documentKinds", DocumentKind.values());
            model.addAttribute("activityKinds", ActivityKind.values());
        }
        return "project/detail";
    }

    @PostMapping("/{id}/transitions")
    String transition(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, TransitionForm form,
            RedirectAttributes redirect) {
        try {
            TransitionResult result = projects.transition(user, id, form.version(), form.command());
            notices.done(redirect, result.warnings().isEmpty() ? "project.transition.done"
                    : "project.transition.doneWithWarnings", String.join(" ", result.warnings()));
        } catch (Refused refused) {
            notices.refused(redirect, refused);
        }
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/events")
    String activity(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, ActivityForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "project.activity.done", () -> projects.recordActivity(user, id, form.version(), form.command()));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/documents")
    String document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, DocumentForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "project.document.done", () -> projects.recordDocument(user, id, form.draft()));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        notices.act(redirect, "project.reopened", () -> projects.reopen(user, id, version, reason));
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/councils")
    String setUpCouncil(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, CouncilForm form,
            RedirectAttributes redirect) {
        notices.act(redirect, "project.council.created", () -> councils.setUp(user, id, form.draft()));
        return "redirect:/projects/" + id + "#councils";
    }

    @PostMapping("/{id}/councils/{councilId}/members")
    String addMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long councilId,
            MemberForm form, RedirectAttributes redirect) {
        notices.act(redirect, "project.council.memberAdded", () -> councils.addMember(user, id, councilId, form.draft()));
        return "redirect:/projects/" + id + "#councils";
    }

    @PostMapping("/{id}/councils/{councilId}/conclusion")
    String conclude(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long councilId,
            ConclusionForm form, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        notices.act(redirect, "project.council.concludedDone",
                () -> councils.conclude(user, id, councilId, form.version(), form.draft(parameters)));
        return "redirect:/projects/" + id + "#councils";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long fileId) {
        StoredFile file = projects.file(user, id, fileId);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }
}
