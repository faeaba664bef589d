package vn.nhiemvu.project.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.project.CouncilService;
import vn.nhiemvu.project.CouncilView;
import vn.nhiemvu.project.DepartmentRole;
import vn.nhiemvu.project.HostOrganisation;
import vn.nhiemvu.project.ProjectDetails;
import vn.nhiemvu.project.ProjectFigures;
import vn.nhiemvu.project.ProjectFilter;
import vn.nhiemvu.project.ProjectLevel;
import vn.nhiemvu.project.ProjectRow;
import vn.nhiemvu.project.ProjectService;
import vn.nhiemvu.project.ProjectState;
import vn.nhiemvu.project.TransitionResult;
import vn.nhiemvu.project.web.ProjectApiRequests.ConclusionRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.CouncilRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.Created;
import vn.nhiemvu.project.web.ProjectApiRequests.DocumentRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.EventRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.HostRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.MemberRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.ProjectRequest;
import vn.nhiemvu.project.web.ProjectApiRequests.TransitionRequest;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.web.ETags;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nhiệm vụ KH&CN", description = "Đề tài, dự án: vòng đời, sự kiện, hội đồng, số liệu")
class ProjectApiController {

    private final ProjectService projects;
    private final CouncilService councils;
    private final OrgService org;

    ProjectApiController(ProjectService projects, CouncilService councils, OrgService org) {
        this.projects = projects;
        this.councils = councils;
        this.org = org;
    }

    @Operation(summary = "Sổ nhiệm vụ KH&CN với bộ lọc (cấp, chương trình, lĩnh vực, trạng thái, năm, tổ chức chủ trì, phòng)")
    @GetMapping("/projects")
    Page<ProjectRow> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String level,
            @RequestParam(required = false) String programme, @RequestParam(required = false) String field,
            @RequestParam(required = false) String state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer managedIn, @RequestParam(required = false) Long host,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String role,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Long unitId = unit == null || unit.isBlank() ? null : org.findUnitByCode(user.agencyId(), unit)
                .map(Unit::id).orElseThrow(() -> Refused.invalid("project.unit.unknown", unit));
        return projects.projects(user, new ProjectFilter(ProjectApiRequests.parse(ProjectLevel.class, "level", level),
                programme, ProjectApiRequests.fieldOf(field), ProjectApiRequests.parse(ProjectState.class, "state", state),
                year, managedIn, host, unitId, ProjectApiRequests.parse(DepartmentRole.class, "role", role), q,
                Math.max(0, page), Math.min(Math.max(1, size), 500)));
    }

    @PostMapping("/projects")
    ResponseEntity<Created> create(@AuthenticationPrincipal SignedInUser user, @RequestBody ProjectRequest request) {
        long id = projects.create(user, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).eTag(ETags.of(projects.version(user, id)))
                .body(new Created(id));
    }

    @GetMapping("/projects/{id}")
    ResponseEntity<ProjectDetails> project(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        ProjectDetails project = projects.project(user, id);
        return ResponseEntity.ok().eTag(ETags.of(project.version())).body(project);
    }

    @Operation(summary = "Sửa hồ sơ nhiệm vụ; cần If-Match với ETag đã đọc (412 nếu đã có người sửa)")
    @PutMapping("/projects/{id}")
    ResponseEntity<Void> update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProjectRequest request) {
        if (ifMatch == null) {
            throw new Refused(Refused.Kind.PRECONDITION_REQUIRED, "api.ifMatch.required");
        }
        projects.update(user, id, ETags.version(ifMatch), request.draft());
        return ResponseEntity.noContent().eTag(ETags.of(projects.version(user, id))).build();
    }

    @Operation(summary = "Chuyển trạng thái theo vòng đời (§4.2) với văn bản; If-Match tùy chọn")
    @PostMapping("/projects/{id}/transitions")
    ResponseEntity<TransitionResult> transition(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TransitionRequest request) {
        TransitionResult result = projects.transition(user, id, ETags.version(ifMatch), request.command());
        return ResponseEntity.ok().eTag(ETags.of(projects.version(user, id))).body(result);
    }

    @Operation(summary = "Ghi sự kiện trong quá trình thực hiện và sau nghiệm thu (§4.3–4.5)")
    @PostMapping("/projects/{id}/events")
    ResponseEntity<Created> event(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody EventRequest request) {
        long eventId = projects.recordActivity(user, id, ETags.version(ifMatch), request.command());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).eTag(ETags.of(projects.version(user, id)))
                .body(new Created(eventId));
    }

    @PostMapping("/projects/{id}/documents")
    ResponseEntity<Created> document(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody DocumentRequest request) {
        long documentId = projects.recordDocument(user, id, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).eTag(ETags.of(projects.version(user, id)))
                .body(new Created(documentId));
    }

    @GetMapping("/projects/{id}/councils")
    List<CouncilView> councils(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return councils.councils(user, id);
    }

    @PostMapping("/projects/{id}/councils")
    ResponseEntity<Created> setUpCouncil(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody CouncilRequest request) {
        long councilId = councils.setUp(user, id, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/councils")).body(new Created(councilId));
    }

    @PostMapping("/projects/{id}/councils/{councilId}/members")
    ResponseEntity<Created> addMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long councilId, @RequestBody MemberRequest request) {
        long memberId = councils.addMember(user, id, councilId, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/councils")).body(new Created(memberId));
    }

    @PostMapping("/projects/{id}/councils/{councilId}/conclusion")
    ResponseEntity<Void> conclude(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long councilId, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ConclusionRequest request) {
        councils.conclude(user, id, councilId, ETags.version(ifMatch), request.draft());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Số liệu danh mục nhiệm vụ của năm tính đến ngày asOf (§5–6)")
    @GetMapping("/projects/figures")
    ProjectFigures figures(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) LocalDate asOf) {
        LocalDate today = projects.today();
        int y = year == null ? today.getYear() : year;
        return projects.figures(user, y, asOf != null ? asOf : (today.getYear() > y ? LocalDate.of(y, 12, 31) : today));
    }

    @GetMapping("/project-hosts")
    List<HostOrganisation> hosts(@AuthenticationPrincipal SignedInUser user) {
        return projects.hosts(user);
    }

    @PostMapping("/project-hosts")
    ResponseEntity<Created> addHost(@AuthenticationPrincipal SignedInUser user, @RequestBody HostRequest request) {
        long id = projects.addHost(user, request.name(), request.parentName());
        return ResponseEntity.created(URI.create("/api/v1/project-hosts")).body(new Created(id));
    }

    @PutMapping("/project-hosts/{id}")
    ResponseEntity<Void> updateHost(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody HostRequest request) {
        if (ifMatch == null) {
            throw new Refused(Refused.Kind.PRECONDITION_REQUIRED, "api.ifMatch.required");
        }
        projects.updateHost(user, id, ETags.version(ifMatch), request.name(), request.parentName(),
                request.active() == null || request.active());
        return ResponseEntity.noContent().build();
    }
}
