package vn.nhiemvu.task.web;

import java.net.URI;
import java.time.LocalDate;

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
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.task.TaskDetails;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskRow;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.TaskStatus;
import vn.nhiemvu.task.TaskSummary;
import vn.nhiemvu.task.web.TaskApiRequests.CompletionRequest;
import vn.nhiemvu.task.web.TaskApiRequests.Created;
import vn.nhiemvu.task.web.TaskApiRequests.DecisionRequest;
import vn.nhiemvu.task.web.TaskApiRequests.ExtensionRequest;
import vn.nhiemvu.task.web.TaskApiRequests.ProgressRequest;
import vn.nhiemvu.task.web.TaskApiRequests.TaskRequest;
import vn.nhiemvu.web.ETags;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Nhiệm vụ", description = "Nhiệm vụ được giao: giao, tiến độ, hoàn thành, gia hạn, thống kê")
class TaskApiController {

    private final TaskService tasks;
    private final DirectiveService directives;
    private final OrgService org;

    TaskApiController(TaskService tasks, DirectiveService directives, OrgService org) {
        this.tasks = tasks;
        this.directives = directives;
        this.org = org;
    }

    @PostMapping
    ResponseEntity<Created> assign(@AuthenticationPrincipal SignedInUser user, @RequestBody TaskRequest request) {
        long id = tasks.assign(user, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id)).eTag(ETags.of(tasks.version(user, id)))
                .body(new Created(id));
    }

    @GetMapping("/{id}")
    ResponseEntity<TaskDetails> task(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        TaskDetails task = tasks.task(user, id);
        return ResponseEntity.ok().eTag(ETags.of(task.version())).body(task);
    }

    @Operation(summary = "Sửa nhiệm vụ; cần If-Match với ETag đã đọc (412 nếu đã có người sửa)")
    @PutMapping("/{id}")
    ResponseEntity<Void> update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TaskRequest request) {
        if (ifMatch == null) {
            throw new Refused(Refused.Kind.PRECONDITION_REQUIRED, "api.ifMatch.required");
        }
        tasks.updateTask(user, id, ETags.version(ifMatch), request.draft());
        return ResponseEntity.noContent().eTag(ETags.of(tasks.version(user, id))).build();
    }

    @PostMapping("/{id}/progress")
    ResponseEntity<Void> progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ProgressRequest request) {
        tasks.recordProgress(user, id, ETags.version(ifMatch), request.on(), request.note(), request.percent(), null);
        return ResponseEntity.noContent().eTag(ETags.of(tasks.version(user, id))).build();
    }

    @PostMapping("/{id}/completion")
    ResponseEntity<Void> complete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody CompletionRequest request) {
        tasks.complete(user, id, ETags.version(ifMatch), request.completedOn(), request.result(), null);
        return ResponseEntity.noContent().eTag(ETags.of(tasks.version(user, id))).build();
    }

    @PostMapping("/{id}/completion/confirm")
    ResponseEntity<Void> confirmCompletion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        tasks.confirmCompletion(user, id, ETags.version(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(tasks.version(user, id))).build();
    }

    @PostMapping("/{id}/completion/return")
    ResponseEntity<Void> returnCompletion(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TaskApiRequests.NoteRequest request) {
        tasks.returnCompletion(user, id, ETags.version(ifMatch), request.note());
        return ResponseEntity.noContent().eTag(ETags.of(tasks.version(user, id))).build();
    }

    @PostMapping("/{id}/urge")
    ResponseEntity<Void> urge(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody TaskApiRequests.NoteRequest request) {
        tasks.urge(user, id, request.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/extensions")
    ResponseEntity<Created> requestExtension(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody ExtensionRequest request) {
        long extensionId = tasks.requestExtension(user, id, request.requestedDeadline(), request.reason());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/extensions/" + extensionId))
                .body(new Created(extensionId));
    }

    @PostMapping("/{id}/extensions/{extensionId}/decision")
    ResponseEntity<Void> decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long extensionId, @RequestBody DecisionRequest request) {
        if (request.approved() == null) {
            throw Refused.invalid("task.extension.decision.required");
        }
        tasks.decideExtension(user, id, extensionId, request.approved(), request.note());
        return ResponseEntity.noContent().eTag(ETags.of(tasks.version(user, id))).build();
    }

    @Operation(summary = "Danh sách nhiệm vụ với trạng thái tại ngày asOf (mặc định hôm nay)")
    @GetMapping
    Page<TaskRow> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String unit,
            @RequestParam(required = false) TaskStatus status, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String issuer, @RequestParam(required = false) Long directive,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return tasks.tasks(user, filter(user, unit, status, asOf, from, to, issuer, directive, q, page, size));
    }

    @Operation(summary = "Số nhiệm vụ giao trong [from, to] theo năm nhóm trạng thái, tính tại ngày asOf")
    @GetMapping("/summary")
    TaskSummary summary(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String issuer, @RequestParam(required = false) String unit) {
        return tasks.summary(user, filter(user, unit, null, asOf, from, to, issuer, null, null, 0, 1));
    }

    private TaskFilter filter(SignedInUser user, String unit, TaskStatus status, LocalDate asOf, LocalDate from,
            LocalDate to, String issuer, Long directive, String q, int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw Refused.invalid("task.filter.period");
        }
        Long unitId = unit == null || unit.isBlank() ? null
                : org.findUnitByCode(user.agencyId(), unit).orElseThrow(() -> Refused.invalid("task.unit.unknown", unit)).id();
        Long issuerId = issuer == null || issuer.isBlank() ? null : directives.resolveIssuer(user, null, issuer).id();
        return new TaskFilter(TaskFilter.Scope.ALL, unitId, status, asOf, from, to, issuerId, directive, null, q, null,
                TaskFilter.Sort.DUE, page, size);
    }
}
