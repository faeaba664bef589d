package vn.nhiemvu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.Person;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.shared.Refused;

/**
 * Use cases on assigned tasks: assign, hand to people, record progress and completion, pause or stop,
 * request and decide extensions; and the lists and counts on any as-of date.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    /** The audit trail keeps values as text, written once, in the language of the Department. */
    private static final java.util.Locale AUDIT_LANGUAGE = java.util.Locale.forLanguageTag("vi");

    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final TaskTrends trends;
    private final DirectiveRepository directives;
    private final DirectiveService directiveService;
    private final AttachmentStore attachments;
    private final CalendarService calendar;
    private final TaskAccess access;
    private final OrgService org;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TaskProperties properties;
    private final TaskSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskQueries queries, TaskTrends trends, DirectiveRepository directives,
            DirectiveService directiveService, AttachmentStore attachments, CalendarService calendar,
            TaskAccess access, OrgService org, AuditTrail audit, ApplicationEventPublisher events,
            TaskProperties properties, TaskSettings settings, MessageSource messages, Clock clock) {
        this.tasks = tasks;
        this.queries = queries;
        this.trends = trends;
        this.directives = directives;
        this.directiveService = directiveService;
        this.attachments = attachments;
        this.calendar = calendar;
        this.access = access;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ----- queries

    public Page<TaskRow> tasks(SignedInUser user, TaskFilter filter) {
        return queries.page(access.visibility(user), filter, asOf(filter));
    }

    public TaskSummary summary(SignedInUser user, TaskFilter filter) {
        return queries.summary(access.visibility(user), filter, asOf(filter));
    }

    /** The on-time completion rate of the last months, for the dashboard's chart. */
    public List<MonthRate> onTimeByMonth(SignedInUser user, TaskFilter.Scope scope, int months) {
        return trends.onTimeByMonth(access.visibility(user), scope, months, today());
    }

    public List<UnitSummary> summaryByUnit(SignedInUser user, TaskFilter filter) {
        return queries.summaryByUnit(access.visibility(user), filter, asOf(filter));
    }

    private LocalDate asOf(TaskFilter filter) {
        return filter.asOf() == null ? today() : filter.asOf();
    }

    public TaskDetails task(SignedInUser user, long id) {
        return details(user, load(user, id), today());
    }

    public int version(SignedInUser user, long id) {
        return load(user, id).version;
    }

    public Attachment attachment(SignedInUser user, long taskId, long attachmentId) {
        AssignedTask task = load(user, taskId);
        boolean belongs = attachmentId == (task.resultAttachmentId == null ? -1 : task.resultAttachmentId)
                || tasks.progress(taskId).stream().anyMatch(p -> p.attachmentId() != null && p.attachmentId() == attachmentId);
        if (!belongs) {
            throw Refused.notFound("task.file.notFound");
        }
        return attachments.find(user.agencyId(), attachmentId).orElseThrow(() -> Refused.notFound("task.file.notFound"));
    }

    // ----- assigning

    @Transactional
    public long assign(SignedInUser user, TaskDraft draft) {
        Directive directive = draft.directiveId() == null ? null : directiveService.directive(user, draft.directiveId());
        AssignedTask parent = draft.parentId() == null ? null : load(user, draft.parentId());
        Unit lead = leadUnit(user, draft);
        boolean unitHeadSplittingOwnTask = parent != null && user.is(Role.UNIT_HEAD)
                && parent.leadUnitId == user.unitId() && lead.id() == user.unitId();
        if (!access.manages(user) && !unitHeadSplittingOwnTask) {
            throw Refused.forbidden();
        }
        if (draft.content() == null || draft.content().isBlank()) {
            throw Refused.invalid("task.content.required");
        }
        Issuer issuer = draft.issuerId() != null || (draft.issuerName() != null && !draft.issuerName().isBlank())
                ? directiveService.resolveIssuer(user, draft.issuerId(), draft.issuerName())
                : directive != null ? directives.issuer(user.agencyId(), directive.issuerId()).orElseThrow()
                : parent != null ? directives.issuer(user.agencyId(), parent.issuerId).orElseThrow()
                : directiveService.resolveIssuer(user, null, null);
        LocalDate assignedOn = draft.assignedOn() != null ? draft.assignedOn()
                : directive != null ? directive.issuedOn() : today();
        Deadline deadline = draft.deadline() == null ? Deadline.none() : draft.deadline();
        LocalDate writtenDue = deadline.writtenDueDate();
        if (writtenDue != null && writtenDue.isBefore(assignedOn)) {
            throw Refused.invalid("task.deadline.beforeAssigned", Dates.format(writtenDue), Dates.format(assignedOn));
        }
        List<Long> supportUnits = supportUnits(user, draft, lead.id());
        List<Long> assignees = people(user, draft.assigneeIds());
        boolean series = deadline.isRecurringWithPeriods();
        LocalDate due = series ? null : effectiveDue(writtenDue);
        AssignedTask task = new AssignedTask(0, user.agencyId(), directive == null ? null : directive.id(),
                parent == null ? null : parent.id, null, series, issuer.id(), draft.content().strip(), lead.id(),
                supportUnits, assignees, assignedOn, deadline, due, due, null, WorkState.DANG_THUC_HIEN, assignedOn,
                null, null, null, null, 0);
        long id = tasks.insert(task, writtenDue, null, user.getUsername());
        audit.record(user.agencyId(), user.getUsername(), "task", id, "CREATE", Change.diff()
                .field("content", null, task.content)
                .field("directive", null, directive == null ? null : directive.citation())
                .field("issuer", null, issuer.name())
                .field("leadUnit", null, lead.name())
                .field("supportUnits", null, unitNames(user, supportUnits))
                .field("assignees", null, names(user, assignees))
                .field("assignedOn", null, assignedOn)
                .field("deadline", null, describe(deadline))
                .field("dueDate", null, due)
                .build());
        if (series) {
            createOccurrences(load(user, id), user.getUsername(), today());
        }
        events.publishEvent(new TaskAssigned(id, user.agencyId(), lead.id(), due));
        return id;
    }

    /**
     * A recurring task has one occurrence per period, each with its own due date and status (issue #3);
     * occurrences exist from the period of assignment up to the current one, created as time passes.
     */
    void createOccurrences(AssignedTask series, String by, LocalDate today) {
        Recurrence recurrence = series.deadline.recurrence();
        LocalDate until = recurrence.periodStart(today);
        for (LocalDate start = recurrence.periodStart(series.assignedOn); !start.isAfter(until);
                start = recurrence.nextPeriodStart(start)) {
            LocalDate periodEnd = recurrence.periodEnd(start);
            LocalDate assignedOn = start.isBefore(series.assignedOn) ? series.assignedOn : start;
            LocalDate due = effectiveDue(periodEnd);
            AssignedTask occurrence = new AssignedTask(0, series.agencyId, series.directiveId, series.parentId,
                    series.id, false, series.issuerId, series.content, series.leadUnitId, series.supportUnitIds,
                    series.assigneeIds, assignedOn, series.deadline, due, due, null, WorkState.DANG_THUC_HIEN,
                    assignedOn, null, null, null, null, 0);
            tasks.insert(occurrence, periodEnd, recurrence.periodKey(start), by);
        }
    }

    @Transactional
    public void updateTask(SignedInUser user, long id, int version, TaskDraft draft) {
        access.requireManager(user);
        AssignedTask task = load(user, id);
        checkVersion(task, version);
        if (task.seriesId != null) {
            throw Refused.invalid("task.occurrence.editSeries");
        }
        if (draft.content() == null || draft.content().isBlank()) {
            throw Refused.invalid("task.content.required");
        }
        Unit lead = leadUnit(user, draft);
        Issuer issuer = directiveService.resolveIssuer(user,
                draft.issuerId() == null && draft.issuerName() == null ? task.issuerId : draft.issuerId(),
                draft.issuerName());
        LocalDate assignedOn = draft.assignedOn() == null ? task.assignedOn : draft.assignedOn();
        Deadline deadline = draft.deadline() == null ? task.deadline : draft.deadline();
        LocalDate writtenDue = deadline.writtenDueDate();
        if (writtenDue != null && writtenDue.isBefore(assignedOn)) {
            throw Refused.invalid("task.deadline.beforeAssigned", Dates.format(writtenDue), Dates.format(assignedOn));
        }
        if (task.series != deadline.isRecurringWithPeriods()) {
            throw Refused.invalid("task.series.kindChange");
        }
        Change.Builder changes = Change.diff()
                .field("content", task.content, draft.content().strip())
                .field("issuer", issuerName(user, task.issuerId), issuer.name())
                .field("leadUnit", unitNames(user, List.of(task.leadUnitId)), lead.name())
                .field("assignedOn", task.assignedOn, assignedOn)
                .field("deadline", describe(task.deadline), describe(deadline));
        List<Long> supportUnits = supportUnits(user, draft, lead.id());
        List<Long> assignees = people(user, draft.assigneeIds());
        changes.field("supportUnits", unitNames(user, task.supportUnitIds), unitNames(user, supportUnits))
                .field("assignees", names(user, task.assigneeIds), names(user, assignees));
        if (!deadline.equals(task.deadline)) {
            LocalDate due = task.series ? null : effectiveDue(writtenDue);
            changes.field("dueDate", task.dueDate, due);
            task.originalDue = due;
            task.dueDate = due;
            task.extendedOn = null;
        }
        task.content = draft.content().strip();
        task.issuerId = issuer.id();
        task.leadUnitId = lead.id();
        task.assignedOn = assignedOn;
        task.deadline = deadline;
        save(task);
        tasks.updateWrittenDue(task.id, task.series ? null : writtenDue);
        tasks.replaceSupportUnits(id, supportUnits);
        tasks.replaceAssignees(id, assignees);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "UPDATE", changes.build());
    }

    /** A unit head hands the unit's task to its people; the office and leaders to anyone. */
    @Transactional
    public void setAssignees(SignedInUser user, long id, int version, List<Long> personIds) {
        AssignedTask task = load(user, id);
        access.require(access.assigns(user, task));
        checkVersion(task, version);
        List<Long> people = people(user, personIds);
        if (!access.manages(user)) {
            for (Long personId : people) {
                Person person = org.person(user, personId);
                if (person.unitId() == null || person.unitId() != task.leadUnitId) {
                    throw Refused.invalid("task.assignee.outsideUnit", person.fullName());
                }
            }
        }
        List<Long> before = task.assigneeIds;
        save(task);
        tasks.replaceAssignees(id, people);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "UPDATE",
                Change.diff().field("assignees", names(user, before), names(user, people)).build());
    }

    // ----- doing the work

    @Transactional
    public void recordProgress(SignedInUser user, long id, Integer expectedVersion, LocalDate on, String note,
            Integer percent, UploadedFile file) {
        AssignedTask task = load(user, id);
        access.require(access.works(user, task));
        checkVersion(task, expectedVersion);
        if (note == null || note.isBlank()) {
            throw Refused.invalid("task.progress.note.required");
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw Refused.invalid("task.progress.percent.range");
        }
        LocalDate day = on == null ? today() : on;
        WorkState stateBefore = task.workState;
        task.recordProgress(day, today());
        Long attachmentId = file != null && file.present()
                ? attachments.store(user.agencyId(), user.getUsername(), file, AttachmentStore.DOCUMENT_TYPES)
                : null;
        save(task);
        tasks.insertProgress(id, day, user.displayName(), note.strip(), percent, attachmentId);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "PROGRESS", Change.diff()
                .field("progress", null, Dates.format(day) + (percent == null ? "" : " (" + percent + "%)") + ": "
                        + note.strip())
                .field("workState", stateBefore, task.workState)
                .build());
    }

    /**
     * Records a completion. Where the agency has the office confirm completions (domain spec §2.5.7), one
     * recorded by the unit waits in "Chờ xác nhận hoàn thành" and the task is not completed until confirmed.
     */
    @Transactional
    public WorkState complete(SignedInUser user, long id, Integer expectedVersion, LocalDate completedOn,
            String result, UploadedFile file) {
        AssignedTask task = load(user, id);
        access.require(access.works(user, task));
        checkVersion(task, expectedVersion);
        if (completedOn == null) {
            throw Refused.invalid("task.completion.date.required");
        }
        String resultText = result == null || result.isBlank() ? null : result.strip();
        boolean waitsForOffice = !access.manages(user) && settings.of(task.agencyId).confirmCompletion();
        if (waitsForOffice) {
            task.reportCompletion(completedOn, resultText, null, user.displayName(), today());
        } else {
            task.complete(completedOn, resultText, null, today());
        }
        if (file != null && file.present()) {
            task.resultAttachmentId = attachments.store(user.agencyId(), user.getUsername(), file,
                    AttachmentStore.DOCUMENT_TYPES);
        }
        save(task);
        if (waitsForOffice) {
            audit.record(user.agencyId(), user.getUsername(), "task", id, "COMPLETION_REPORTED", Change.diff()
                    .field("reportedOn", null, completedOn)
                    .field("result", null, resultText)
                    .field("workState", null, WorkState.CHO_XAC_NHAN)
                    .build());
            events.publishEvent(new TaskCompletionReported(id, task.agencyId, task.content, completedOn,
                    user.displayName()));
            return task.workState;
        }
        audit.record(user.agencyId(), user.getUsername(), "task", id, "COMPLETE", Change.diff()
                .field("completedOn", null, completedOn)
                .field("result", null, resultText)
                .field("workState", null, WorkState.HOAN_THANH)
                .build());
        events.publishEvent(new TaskCompleted(id, task.agencyId, task.leadUnitId, completedOn));
        return task.workState;
    }

    /** Completions waiting for the office's confirmation; the office and leaders see them. */
    public List<AwaitingConfirmation> awaitingConfirmation(SignedInUser user) {
        access.requireManager(user);
        return tasks.awaitingConfirmation(user.agencyId());
    }

    /** The office or a leader confirms a reported completion; it counts from the date the unit reported. */
    @Transactional
    public void confirmCompletion(SignedInUser user, long id, Integer expectedVersion) {
        access.requireManager(user);
        AssignedTask task = load(user, id);
        checkVersion(task, expectedVersion);
        LocalDate reportedOn = task.reportedOn;
        task.confirmCompletion();
        save(task);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "COMPLETION_CONFIRMED", Change.diff()
                .field("completedOn", null, reportedOn)
                .field("workState", WorkState.CHO_XAC_NHAN, WorkState.HOAN_THANH)
                .build());
        events.publishEvent(new TaskCompleted(id, task.agencyId, task.leadUnitId, reportedOn));
    }

    /** The office or a leader sends a reported completion back with the reason; work goes on. */
    @Transactional
    public void returnCompletion(SignedInUser user, long id, Integer expectedVersion, String note) {
        access.requireManager(user);
        AssignedTask task = load(user, id);
        checkVersion(task, expectedVersion);
        if (note == null || note.isBlank()) {
            throw Refused.invalid("task.completion.returnNote.required");
        }
        LocalDate reportedOn = task.reportedOn;
        task.returnCompletion();
        save(task);
        tasks.insertProgress(id, today(), user.displayName(), note.strip(), null, null);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "COMPLETION_RETURNED", Change.diff()
                .field("reportedOn", reportedOn, null)
                .field("workState", WorkState.CHO_XAC_NHAN, WorkState.DANG_THUC_HIEN)
                .field("note", null, note.strip())
                .build());
        events.publishEvent(new TaskCompletionReturned(id, task.agencyId, task.content, note.strip(),
                user.displayName()));
    }

    @Transactional
    public void reopen(SignedInUser user, long id, Integer expectedVersion) {
        access.requireManager(user);
        AssignedTask task = load(user, id);
        checkVersion(task, expectedVersion);
        LocalDate completedBefore = task.completedOn;
        String resultBefore = task.result;
        task.reopen();
        save(task);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "REOPEN", Change.diff()
                .field("completedOn", completedBefore, null)
                .field("result", resultBefore, null)
                .build());
    }

    /** Work states set by hand; pausing and stopping (cancelling) a task is for the office and leaders. */
    @Transactional
    public void changeState(SignedInUser user, long id, Integer expectedVersion, WorkState state) {
        AssignedTask task = load(user, id);
        access.require(state.halted() || task.workState.halted() ? access.manages(user) : access.works(user, task));
        checkVersion(task, expectedVersion);
        WorkState before = task.workState;
        task.changeState(state, today());
        save(task);
        audit.record(user.agencyId(), user.getUsername(), "task", id, "STATE",
                Change.diff().field("workState", before, state).build());
    }

    /** The office or a leader urges a task (đôn đốc); it enters the timeline and its people are told at once. */
    @Transactional
    public void urge(SignedInUser user, long id, String note) {
        access.requireManager(user);
        AssignedTask task = load(user, id);
        if (note == null || note.isBlank()) {
            throw Refused.invalid("task.urge.note.required");
        }
        if (task.completed() || task.series) {
            throw Refused.conflict("task.urge.notOpen");
        }
        tasks.insertUrge(id, user.displayName(), note.strip());
        audit.record(user.agencyId(), user.getUsername(), "task", id, "URGE",
                Change.diff().field("urge", null, note.strip()).build());
        events.publishEvent(new TaskUrged(id, task.agencyId, task.content, note.strip(), user.displayName()));
    }

    /** An open task, for notices about it (not for users' screens). */
    public java.util.Optional<OpenTask> openTask(long taskId) {
        return tasks.openTask(taskId);
    }

    /** Every agency's open tasks due on or before a date, for the reminder job (not for users' screens). */
    public List<OpenTask> openTasksDueBy(LocalDate until) {
        return tasks.openTasksDueBy(until);
    }

    // ----- extensions (gia hạn)

    @Transactional
    public long requestExtension(SignedInUser user, long id, LocalDate requestedDeadline, String reason) {
        AssignedTask task = load(user, id);
        access.require(access.works(user, task));
        if (requestedDeadline == null) {
            throw Refused.invalid("task.extension.date.required");
        }
        if (reason == null || reason.isBlank()) {
            throw Refused.invalid("task.extension.reason.required");
        }
        task.checkExtensionRequest(requestedDeadline, tasks.hasPendingExtension(id), today());
        long extensionId = tasks.insertExtension(id, requestedDeadline, effectiveDue(requestedDeadline), task.dueDate,
                reason.strip(), user.displayName());
        audit.record(user.agencyId(), user.getUsername(), "task", id, "EXTENSION_REQUEST", Change.diff()
                .field("extension", null, Dates.format(task.dueDate) + " → " + Dates.format(requestedDeadline)
                        + ": " + reason.strip())
                .build());
        events.publishEvent(new ExtensionRequested(id, extensionId, task.agencyId, requestedDeadline));
        return extensionId;
    }

    @Transactional
    public void decideExtension(SignedInUser user, long id, long extensionId, boolean approved, String note) {
        access.require(access.decides(user));
        AssignedTask task = tasks.lock(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("task.notFound", id));
        ExtensionEntry extension = tasks.extension(id, extensionId)
                .orElseThrow(() -> Refused.notFound("task.extension.notFound", extensionId));
        if (!extension.pending()) {
            throw Refused.conflict("task.extension.alreadyDecided");
        }
        LocalDate today = today();
        LocalDate previousDue = task.dueDate;
        boolean afterOverdue = approved && previousDue != null && today.isAfter(previousDue);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (!tasks.decideExtension(extensionId, approved ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED,
                user.displayName(), today, cleanNote, previousDue, afterOverdue)) {
            throw Refused.conflict("task.extension.alreadyDecided");
        }
        if (approved) {
            task.extendTo(extension.newDue(), today);
            save(task);
        }
        audit.record(user.agencyId(), user.getUsername(), "task", id,
                approved ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", Change.diff()
                        .field("dueDate", previousDue, approved ? extension.newDue() : previousDue)
                        .field("decisionNote", null, cleanNote)
                        .build());
    }

    // ----- helpers

    private AssignedTask load(SignedInUser user, long id) {
        AssignedTask task = tasks.find(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("task.notFound", id));
        if (!access.sees(user, task)) {
            throw Refused.notFound("task.notFound", id);
        }
        return task;
    }

    private void save(AssignedTask task) {
        if (!tasks.update(task)) {
            throw Refused.stale();
        }
    }

    private static void checkVersion(AssignedTask task, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != task.version) {
            throw Refused.stale();
        }
    }

    /** A due date on a rest day or holiday moves to the next working day (BLDS 2015, Art. 148(5)). */
    private LocalDate effectiveDue(LocalDate writtenDue) {
        if (writtenDue == null || !properties.moveDueDateToWorkingDay()) {
            return writtenDue;
        }
        return calendar.calendar().onOrNextWorkingDay(writtenDue);
    }

    private Unit leadUnit(SignedInUser user, TaskDraft draft) {
        if (draft.leadUnitId() != null) {
            return activeUnit(user, org.unit(user, draft.leadUnitId()));
        }
        if (draft.leadUnitCode() == null || draft.leadUnitCode().isBlank()) {
            throw Refused.invalid("task.leadUnit.required");
        }
        return activeUnit(user, org.findUnitByCode(user.agencyId(), draft.leadUnitCode())
                .orElseThrow(() -> Refused.invalid("task.unit.unknown", draft.leadUnitCode())));
    }

    private static Unit activeUnit(SignedInUser user, Unit unit) {
        if (!unit.active()) {
            throw Refused.invalid("task.unit.inactive", unit.name());
        }
        return unit;
    }

    private List<Long> supportUnits(SignedInUser user, TaskDraft draft, long leadId) {
        List<Long> ids = new ArrayList<>();
        if (draft.supportUnitIds() != null) {
            for (Long unitId : draft.supportUnitIds()) {
                ids.add(activeUnit(user, org.unit(user, unitId)).id());
            }
        }
        if (draft.supportUnitCodes() != null) {
            for (String code : draft.supportUnitCodes()) {
                ids.add(activeUnit(user, org.findUnitByCode(user.agencyId(), code)
                        .orElseThrow(() -> Refused.invalid("task.unit.unknown", code))).id());
            }
        }
        return ids.stream().filter(unitId -> unitId != leadId).distinct().toList();
    }

    private List<Long> people(SignedInUser user, List<Long> personIds) {
        if (personIds == null) {
            return List.of();
        }
        return personIds.stream().distinct().map(personId -> org.person(user, personId).id()).toList();
    }

    private String names(SignedInUser user, List<Long> personIds) {
        return personIds.isEmpty() ? null
                : personIds.stream().map(personId -> org.person(user, personId).fullName())
                        .collect(Collectors.joining(", "));
    }

    private String unitNames(SignedInUser user, List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return null;
        }
        Map<Long, String> names = org.units(user).stream().collect(Collectors.toMap(Unit::id, Unit::name));
        return unitIds.stream().map(names::get).collect(Collectors.joining(", "));
    }

    private String issuerName(SignedInUser user, long issuerId) {
        return directives.issuer(user.agencyId(), issuerId).map(Issuer::name).orElse(null);
    }

    /** A deadline as the audit trail keeps it, in the words of the screens ("Ngày cụ thể: 15/01/2023"). */
    private String describe(Deadline deadline) {
        if (deadline == null || deadline.kind() == DeadlineKind.NONE) {
            return null;
        }
        String value = deadline.kind() == DeadlineKind.DATE ? Dates.format(LocalDate.parse(deadline.value()))
                : deadline.value();
        return messages.getMessage("DeadlineKind." + deadline.kind(), null, AUDIT_LANGUAGE)
                + (value == null ? "" : ": " + value)
                + (deadline.text() == null ? "" : " (" + deadline.text() + ")");
    }

    private TaskDetails details(SignedInUser user, AssignedTask task, LocalDate asOf) {
        Map<Long, Unit> units = org.units(user).stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Directive directive = task.directiveId == null ? null
                : directives.find(user.agencyId(), task.directiveId).orElse(null);
        AssignedTask parent = task.parentId == null ? null : tasks.find(user.agencyId(), task.parentId).orElse(null);
        String issuerName = directives.issuer(user.agencyId(), task.issuerId).map(Issuer::name).orElse("");
        List<Ref> supports = task.supportUnitIds.stream()
                .map(unitId -> new Ref(unitId, units.get(unitId).name())).toList();
        List<Ref> assignees = task.assigneeIds.stream()
                .map(personId -> new Ref(personId, org.person(user, personId).fullName())).toList();
        List<TaskRow> subTasks = task.series
                ? queries.occurrences(user.agencyId(), task.id, asOf)
                : queries.subTasks(user.agencyId(), task.id, asOf);
        Ref resultAttachment = task.resultAttachmentId == null ? null
                : attachments.find(user.agencyId(), task.resultAttachmentId)
                        .map(a -> new Ref(a.id(), a.fileName())).orElse(null);
        return new TaskDetails(task.id, task.version, task.content, directive, task.parentId,
                parent == null ? null : parent.content, task.seriesId, tasks.periodKey(task.id), task.series,
                task.issuerId, issuerName, task.leadUnitId, units.get(task.leadUnitId).name(), supports, assignees,
                task.assignedOn, task.deadline, tasks.writtenDue(task.id), task.originalDue, task.dueDate,
                task.workState, task.startedOn, task.haltedOn, task.completedOn, task.result, resultAttachment,
                task.reportedOn, task.reportedResult, task.reportedBy,
                task.series ? null : task.statusOn(asOf), asOf,
                StatusRule.daysLate(task.completedOn, task.dueDate, asOf), subTasks, tasks.progress(task.id),
                tasks.extensions(task.id), tasks.urges(task.id), audit.history(user.agencyId(), "task", task.id),
                access.actions(user, task));
    }
}
