package vn.nhiemvu.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.database.SideBySide;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.Person;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.shared.FileTypes;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.shared.Refused;

/**
 * Use cases on S&T projects: record a proposal or a project already under way, move it through its lifecycle
 * (§4.2) with the document that closes each stage, record the events during execution and after acceptance
 * (§4.3–4.5), keep the host organisations; and the register, the board and the portfolio figures (§5–6). Every
 * change is audited in the same transaction; a refusal changes nothing.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ProjectRepository projects;
    private final ProjectQueries queries;
    private final CouncilRepository councils;
    private final ProjectAccess access;
    private final ProjectFiles files;
    private final OrgService org;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final ProjectProperties settings;
    private final Clock clock;
    private final SideBySide sideBySide;

    ProjectService(ProjectRepository projects, ProjectQueries queries, CouncilRepository councils, ProjectAccess access,
            ProjectFiles files, OrgService org, AuditTrail audit, ApplicationEventPublisher events,
            MessageSource messages, ProjectProperties settings, Clock clock, SideBySide sideBySide) {
        this.projects = projects;
        this.queries = queries;
        this.councils = councils;
        this.access = access;
        this.files = files;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.sideBySide = sideBySide;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ProjectProperties settings() {
        return settings;
    }

    // ----- queries

    public Page<ProjectRow> projects(SignedInUser user, ProjectFilter filter) {
        Page<ProjectRow> page = queries.page(access.visibility(user), filter);
        Map<Long, String> units = unitNames(user);
        return new Page<>(page.items().stream()
                .map(row -> row.withUnitName(row.unitId() == null ? null : units.get(row.unitId()))).toList(),
                page.total(), page.page(), page.size());
    }

    public List<BoardColumn> board(SignedInUser user, ProjectFilter filter, int perColumn) {
        return queries.board(access.visibility(user), filter, perColumn, today(), settings.dossierDays(),
                settings.registrationDays());
    }

    public ProjectDetails project(SignedInUser user, long id) {
        return details(user, load(user, id));
    }

    public int version(SignedInUser user, long id) {
        return load(user, id).version;
    }

    public StoredFile file(SignedInUser user, long projectId, long fileId) {
        load(user, projectId);
        return projects.file(user.agencyId(), projectId, fileId)
                .orElseThrow(() -> Refused.notFound("project.file.notFound"));
    }

    public List<HostOrganisation> hosts(SignedInUser user) {
        return projects.hosts(user.agencyId());
    }

    /** Computed outside a transaction: its statements run side by side, each on a connection of its own. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ProjectFigures figures(SignedInUser user, int year, LocalDate asOf) {
        return FiguresCalculator.figures(queries, access.visibility(user), settings, year,
                asOf == null ? today() : asOf, sideBySide);
    }

    /**
     * The accepted projects an agency publishes, for anyone (no account): the agency given, or the deployment's only
     * one. Several agencies and none named answers 404, as an unknown one does.
     */
    public List<PublicProject> publicList(Long agencyId) {
        List<Long> agencies = org.agencyIds();
        long agency;
        if (agencyId != null) {
            if (!agencies.contains(agencyId)) {
                throw Refused.notFound("project.public.agencyNotFound");
            }
            agency = agencyId;
        } else if (agencies.size() == 1) {
            agency = agencies.get(0);
        } else {
            throw Refused.notFound("project.public.agencyNotFound");
        }
        return queries.accepted(agency, 500);
    }

    public String agencyName(Long agencyId) {
        List<Long> agencies = org.agencyIds();
        long agency = agencyId != null ? agencyId : agencies.size() == 1 ? agencies.get(0) : -1;
        return agency < 0 ? null : org.agency(agency).name();
    }

    // ----- recording a project

    @Transactional
    public long create(SignedInUser user, ProjectDraft draft) {
        access.require(access.creates(user));
        Project project = new Project(0, user.agencyId(), 0);
        Unit unit = unit(user, draft);
        apply(user, project, draft, unit);
        ProjectState initial = draft.initialState() == null ? ProjectState.DE_XUAT : draft.initialState();
        if (!Lifecycle.START_STATES.contains(initial)) {
            throw Refused.invalid("project.state.cannotStart", Labels.enumLabel(initial));
        }
        LocalDate since = draft.stateSince() != null ? draft.stateSince()
                : draft.proposal() != null && draft.proposal().date() != null ? draft.proposal().date()
                : initial == ProjectState.DE_XUAT ? today()
                : project.startOn != null ? project.startOn : LocalDate.of(project.startYear, 1, 1);
        if (since.isAfter(today())) {
            throw Refused.invalid("project.date.future", Labels.date(since));
        }
        LifecycleEvent event = initial == ProjectState.DE_XUAT ? LifecycleEvent.RECEIVE_PROPOSAL : LifecycleEvent.RECORD;
        if (event == LifecycleEvent.RECEIVE_PROPOSAL && blank(project.proposer)) {
            // Nhận đề xuất: has proposer, title, field (§4.2).
            throw Refused.invalid("project.guard.proposer");
        }
        project.state = initial;
        project.stateSince = since;
        project.noteManaged(since);
        if (initial == ProjectState.SAU_NGHIEM_THU || initial == ProjectState.KHONG_DAT) {
            // Recorded after the council's verdict: it was given on the day the project entered this state, and the
            // 30 days to register the results run from it (TT 14/2014); the public list shows it as accepted.
            project.acceptedOn = since;
        }
        project.code = draft.code() == null || draft.code().isBlank() ? generateCode(user.agencyId(), project.startYear)
                : draft.code().strip();
        if (projects.codeTaken(user.agencyId(), project.code, null)) {
            throw Refused.conflict("project.code.duplicate", project.code);
        }
        DocumentDraft proposal = draft.proposal() == null || draft.proposal().empty()
                ? (event == LifecycleEvent.RECEIVE_PROPOSAL
                        ? new DocumentDraft(DocumentKind.PHIEU_DE_XUAT, null, since, project.proposer, null, null) : null)
                : draft.proposal();
        if (proposal != null) {
            checkDocument(proposal, event == LifecycleEvent.RECEIVE_PROPOSAL ? List.of(DocumentKind.PHIEU_DE_XUAT)
                    : List.of(DocumentKind.values()), project.level);
        }
        long id;
        try {
            id = projects.insert(project, user.getUsername());
        } catch (DuplicateKeyException raced) {
            throw Refused.conflict("project.code.duplicate", project.code);
        }
        projects.replaceBudgetYears(id, budgetYears(draft.budgetYears()));
        projects.replaceProducts(id, products(draft.products()));
        Long documentId = proposal == null ? null : storeDocument(user, id, proposal, project.level, since);
        projects.insertEvent(new ProjectRepository.EventRow(user.agencyId(), id, "TRANSITION", event.name(), since,
                null, initial, null, documentId, null, null, null, null, null, null, null, null, null,
                user.displayName()));
        projects.openSpan(user.agencyId(), id, initial, null, since);
        audit.record(user.agencyId(), user.getUsername(), "project", id, "CREATE", Change.diff()
                .field("code", null, project.code)
                .field("title", null, project.title)
                .field("level", null, project.level)
                .field("programme", null, project.programme)
                .field("role", null, project.role)
                .field("type", null, project.type)
                .field("field", null, project.field.code())
                .field("host", null, hostName(user, project.hostId))
                .field("investigator", null, project.investigator.display())
                .field("startYear", null, project.startYear)
                .field("state", null, initial)
                .field("stateSince", null, since)
                .build());
        return id;
    }

    @Transactional
    public void update(SignedInUser user, long id, Integer version, ProjectDraft draft) {
        Project project = lock(user, id);
        access.require(access.changes(user, project));
        checkVersion(project, version);
        if (project.state == ProjectState.DONG) {
            throw Refused.conflict("project.closed");
        }
        Project before = snapshot(user, id);
        Unit unit = unit(user, draft);
        apply(user, project, draft, unit);
        if (EnumSet.of(ProjectState.CHO_HOP_DONG, ProjectState.DANG_THUC_HIEN, ProjectState.TAM_DUNG,
                ProjectState.CHO_NGHIEM_THU).contains(project.state)
                && (!Objects.equals(before.hostId, project.hostId)
                        || !Objects.equals(before.investigator.display(), project.investigator.display()))) {
            // Changes of host or principal investigator during execution are events with their decision (§4.3).
            throw Refused.invalid("project.edit.useChangeEvent");
        }
        if (draft.code() != null && !draft.code().isBlank()) {
            project.code = draft.code().strip();
        }
        if (projects.codeTaken(user.agencyId(), project.code, id)) {
            throw Refused.conflict("project.code.duplicate", project.code);
        }
        save(project);
        List<BudgetYear> yearsBefore = projects.budgetYears(id);
        Map<Integer, Long> years = budgetYears(draft.budgetYears());
        projects.replaceBudgetYears(id, years);
        projects.replaceProducts(id, products(draft.products()));
        audit.record(user.agencyId(), user.getUsername(), "project", id, "UPDATE", Change.diff()
                .field("code", before.code, project.code)
                .field("title", before.title, project.title)
                .field("shortName", before.shortName, project.shortName)
                .field("level", before.level, project.level)
                .field("programme", before.programme, project.programme)
                .field("role", before.role, project.role)
                .field("type", before.type, project.type)
                .field("field", before.field.code(), project.field.code())
                .field("host", hostName(user, before.hostId), hostName(user, project.hostId))
                .field("investigator", before.investigator.display(), project.investigator.display())
                .field("startYear", before.startYear, project.startYear)
                .field("startOn", before.startOn, project.startOn)
                .field("endOn", before.endOn, project.endOn)
                .field("budget", describe(before.budget), describe(project.budget))
                .field("budgetYears", describe(yearsBefore), describe(years))
                .field("unit", before.unitId == null ? null : unitNames(user).get(before.unitId),
                        project.unitId == null ? null : unitNames(user).get(project.unitId))
                .build());
    }

    // ----- the lifecycle (§4.2)

    @Transactional
    public TransitionResult transition(SignedInUser user, long id, Integer version, TransitionCommand command) {
        if (command.event() == null) {
            throw Refused.invalid("project.transition.eventRequired");
        }
        if (command.event() == LifecycleEvent.REOPEN) {
            return reopen(user, id, version, command.reason());
        }
        Project project = lock(user, id);
        access.require(access.changes(user, project));
        checkVersion(project, version);
        Transition transition = project.transitionFor(command.event());
        DocumentDraft document = command.document() == null || command.document().empty() ? null : command.document();
        LocalDate on = command.on() != null ? command.on() : document != null && document.date() != null
                ? document.date() : today();
        project.checkDate(on, today());
        Project before = snapshot(user, id);
        ProjectChanges changes = command.changes() == null ? ProjectChanges.NONE : command.changes();
        Map<Integer, Long> years = applyChanges(user, project, changes);
        document = withKind(document, transition.usualDocument());
        if (transition.documentRequired() && document == null) {
            throw Refused.invalid("project.document.required", Labels.enumLabel(transition.usualDocument()));
        }
        if (document != null) {
            checkDocument(document, transition.documents(), project.level);
        }
        String rating = blank(command.rating()) ? null : command.rating().strip();
        if (rating == null && (command.event() == LifecycleEvent.ACCEPT
                || command.event() == LifecycleEvent.FAIL_ACCEPTANCE)) {
            rating = councils.lastAcceptanceRating(id).orElse(null);
        }
        GuardFacts facts = new GuardFacts(on, projects.documentKinds(id), projects.activities(id).keySet(), rating,
                command.reason(), command.terminationCase(),
                command.event() == LifecycleEvent.APPROVE_SELECTION ? ineligibleSince(project, on) : null, settings);
        List<String> warnings = new ArrayList<>();
        Refused refused = transition.guard().check(project, facts);
        if (refused != null) {
            if (!(project.coManaged() && settings.transitionsFromCoManagedAreAdvisory())) {
                throw refused;
            }
            warnings.add(messages.getMessage(refused.messageKey(), refused.arguments(), VIETNAMESE));
        }
        ProjectState from = project.state;
        project.enter(transition, on);
        if (command.event() == LifecycleEvent.ACCEPT || command.event() == LifecycleEvent.FAIL_ACCEPTANCE) {
            project.recordRating(rating, on);
        }
        if (transition.to() == ProjectState.CHO_NGHIEM_THU && project.dossierDueOn == null) {
            LocalDate base = command.event() == LifecycleEvent.COMPLETE_EARLY || project.effectiveEnd() == null
                    ? on : project.effectiveEnd();
            project.dossierDueOn = base.plusDays(settings.dossierDays());
        }
        save(project);
        if (years != null) {
            projects.replaceBudgetYears(id, years);
        }
        Long documentId = document == null ? null
                : storeDocument(user, id, document, project.level, on);
        String reason = blank(command.reason()) ? null : command.reason().strip();
        String note = command.terminationCase() == null ? null : command.terminationCase().name();
        long eventId = projects.insertEvent(new ProjectRepository.EventRow(user.agencyId(), id, "TRANSITION",
                command.event().name(), on, from, project.state, project.outcome, documentId, null, null,
                command.event() == LifecycleEvent.ACCEPT || command.event() == LifecycleEvent.FAIL_ACCEPTANCE
                        ? rating : null,
                reason, null, null, note, null, warnings.isEmpty() ? null : String.join(" ", warnings),
                user.displayName()));
        projects.closeSpan(id, on);
        projects.openSpan(user.agencyId(), id, project.state, project.outcome, on);
        audit.record(user.agencyId(), user.getUsername(), "project", id, "TRANSITION", Change.diff()
                .field("event", null, command.event())
                .field("state", from, project.state)
                .field("outcome", before.outcome, project.outcome)
                .field("document", null, documentId == null ? null : citation(document, on))
                .field("rating", before.rating, project.rating)
                .field("reason", null, reason)
                .field("host", hostName(user, before.hostId), hostName(user, project.hostId))
                .field("investigator", before.investigator.display(), project.investigator.display())
                .field("startOn", before.startOn, project.startOn)
                .field("endOn", before.endOn, project.endOn)
                .field("budget", describe(before.budget), describe(project.budget))
                .field("warning", null, warnings.isEmpty() ? null : String.join(" ", warnings))
                .build());
        events.publishEvent(new ProjectStateChanged(id, user.agencyId(), from, project.state, project.outcome, on));
        if (command.event() == LifecycleEvent.ACCEPT) {
            events.publishEvent(new ProjectAccepted(id, user.agencyId(), rating, on));
        }
        return new TransitionResult(eventId, project.state, project.outcome, warnings);
    }

    /** An administrator reopens a closed record with a mandatory reason; it returns to where it was closed from. */
    @Transactional
    public TransitionResult reopen(SignedInUser user, long id, Integer version, String reason) {
        Project project = lock(user, id);
        access.require(access.reopens(user));
        checkVersion(project, version);
        if (blank(reason)) {
            throw Refused.invalid("project.reopen.reason");
        }
        ProjectState from = project.state;
        Outcome outcomeBefore = project.outcome;
        LocalDate on = today();
        project.reopen(on);
        save(project);
        long eventId = projects.insertEvent(new ProjectRepository.EventRow(user.agencyId(), id, "TRANSITION",
                LifecycleEvent.REOPEN.name(), on, from, project.state, null, null, null, null, null, reason.strip(),
                null, null, null, null, null, user.displayName()));
        projects.closeSpan(id, on);
        projects.openSpan(user.agencyId(), id, project.state, null, on);
        audit.record(user.agencyId(), user.getUsername(), "project", id, "REOPEN", Change.diff()
                .field("state", from, project.state)
                .field("outcome", outcomeBefore, null)
                .field("reason", null, reason.strip())
                .build());
        events.publishEvent(new ProjectStateChanged(id, user.agencyId(), from, project.state, null, on));
        return new TransitionResult(eventId, project.state, null, List.of());
    }

    /**
     * Hết thời gian thực hiện (§4.2): on the day after the (extended) end date, a project still executing waits for
     * acceptance. Run by {@link ProjectJobs} each night; idempotent, so several instances may run it.
     */
    @Transactional
    public int closeEndedTerms(LocalDate today) {
        int moved = 0;
        for (long[] row : projects.endedTerms(today)) {
            Optional<Project> locked = projects.lock(row[0], row[1]);
            if (locked.isEmpty() || locked.get().state != ProjectState.DANG_THUC_HIEN) {
                continue;
            }
            Project project = locked.get();
            LocalDate on = project.effectiveEnd().plusDays(1);
            if (on.isBefore(project.stateSince)) {
                on = project.stateSince;
            }
            Transition transition = project.transitionFor(LifecycleEvent.END_TERM);
            project.enter(transition, on);
            if (project.dossierDueOn == null) {
                project.dossierDueOn = project.effectiveEnd().plusDays(settings.dossierDays());
            }
            save(project);
            projects.insertEvent(new ProjectRepository.EventRow(project.agencyId, project.id, "TRANSITION",
                    LifecycleEvent.END_TERM.name(), on, ProjectState.DANG_THUC_HIEN, project.state, null, null, null,
                    null, null, null, null, null, null, null, null, "system"));
            projects.closeSpan(project.id, on);
            projects.openSpan(project.agencyId, project.id, project.state, null, on);
            audit.record(project.agencyId, "system", "project", project.id, "TRANSITION", Change.diff()
                    .field("event", null, LifecycleEvent.END_TERM)
                    .field("state", ProjectState.DANG_THUC_HIEN, project.state)
                    .build());
            events.publishEvent(new ProjectStateChanged(project.id, project.agencyId, ProjectState.DANG_THUC_HIEN,
                    project.state, null, on));
            moved++;
        }
        return moved;
    }

    /**
     * Tells people what is due (§4.3 periodic reports, the end of the execution time, the acceptance dossier, the
     * registration of results within 30 days of acceptance, TT 14/2014): each dated item of {@link DueRule} once
     * {@code reminder-days} ahead and once when it has passed, as {@link ProjectItemDue}. Run by {@link ProjectJobs}
     * each morning; an item already announced at a step is not announced again. Answers how many were announced.
     */
    @Transactional
    public int announceDue(LocalDate today) {
        int announced = 0;
        for (long[] row : projects.withDatedDueItems()) {
            Project p = projects.find(row[0], row[1]).orElse(null);
            if (p == null) {
                continue;
            }
            Map<ActivityKind, LocalDate> done = projects.activities(p.id);
            for (DueItem item : DueRule.dueOf(p, settings, today, done.get(ActivityKind.PERIODIC_REPORT), done)) {
                if (item.date() == null || item.date().isAfter(today.plusDays(settings.reminderDays()))) {
                    continue;
                }
                boolean overdue = item.date().isBefore(today);
                if (projects.noteDueAnnounced(p.id, item.key(), item.date(), overdue ? "OVERDUE" : "SOON")) {
                    String label = messages.getMessage(item.key(), new Object[] {settings.registrationDays()},
                            VIETNAMESE);
                    events.publishEvent(new ProjectItemDue(p.id, p.agencyId, p.unitId, p.officerId, p.code,
                            p.shortName != null ? p.shortName : p.title, label, item.date(), overdue));
                    announced++;
                }
            }
        }
        return announced;
    }

    // ----- events during execution and after acceptance (§4.3–4.5)

    @Transactional
    public long recordActivity(SignedInUser user, long id, Integer version, ActivityCommand command) {
        if (command.kind() == null) {
            throw Refused.invalid("project.activity.kindRequired");
        }
        Project project = lock(user, id);
        access.require(access.changes(user, project));
        checkVersion(project, version);
        ActivityKind kind = command.kind();
        project.checkActivity(kind);
        DocumentDraft document = command.document() == null || command.document().empty() ? null : command.document();
        LocalDate on = command.on() != null ? command.on() : document != null && document.date() != null
                ? document.date() : today();
        project.checkDate(on, today());
        document = withKind(document, kind.documents().get(0));
        if (kind.documentRequired() && document == null) {
            throw Refused.invalid("project.document.required", Labels.enumLabel(kind.documents().get(0)));
        }
        if (document != null) {
            checkDocument(document, kind.documents(), project.level);
        }
        String note = blank(command.note()) ? null : command.note().strip();
        String reason = blank(command.reason()) ? null : command.reason().strip();
        String before = null;
        String after = null;
        Long amount = command.amount();
        LocalDate newDate = null;
        Integer quantity = null;
        switch (kind) {
            case DISBURSEMENT -> {
                project.disburse(requireAmount(amount));
                before = Labels.money(project.disbursed - amount);
                after = Labels.money(project.disbursed);
            }
            case REFUND -> {
                project.refund(requireAmount(amount));
                before = Labels.money(project.refunded - amount);
                after = Labels.money(project.refunded);
            }
            case SETTLEMENT -> {
                if (amount != null && amount < 0) {
                    throw Refused.invalid("project.money.negative");
                }
            }
            case EXTENSION -> {
                newDate = requireDate(command.newDate());
                LocalDate requestedOn = command.requestedOn() != null ? command.requestedOn() : on;
                before = Labels.date(project.effectiveEnd());
                project.extendTo(newDate, requestedOn, projects.countActivities(id, ActivityKind.EXTENSION),
                        settings.extension());
                after = Labels.date(newDate);
            }
            case DOSSIER_EXTENSION -> {
                newDate = requireDate(command.newDate());
                LocalDate current = DueRule.dossierDue(project, settings);
                before = Labels.date(current);
                project.extendDossierTo(newDate, current);
                after = Labels.date(newDate);
            }
            case ADJUSTMENT -> {
                if (note == null) {
                    throw Refused.invalid("project.adjustment.noteRequired");
                }
            }
            case INVESTIGATOR_CHANGE -> {
                if (command.investigator() == null || !command.investigator().present()) {
                    throw Refused.invalid("project.investigator.required");
                }
                requireReason(reason);
                Investigator next = clean(command.investigator());
                requireEligible(project, next.name(), null, on);
                before = project.investigator.display();
                project.investigator = next;
                after = project.investigator.display();
            }
            case HOST_CHANGE -> {
                Long hostId = resolveHost(user, command.hostId(), command.hostName(), null);
                if (hostId == null) {
                    throw Refused.invalid("project.host.required");
                }
                requireReason(reason);
                requireEligible(project, null, hostId, on);
                before = hostName(user, project.hostId);
                project.hostId = hostId;
                after = hostName(user, hostId);
            }
            case PARTNER_CHANGE -> {
                if (blank(command.partners())) {
                    throw Refused.invalid("project.partners.required");
                }
                before = project.partners;
                project.partners = command.partners().strip();
                after = project.partners;
            }
            case REGISTRATION -> {
                project.certificateNumber = document.number().strip();
                project.certificateOn = document.date() != null ? document.date() : on;
                after = project.certificateNumber;
            }
            case TRANSFER -> {
                quantity = command.quantity();
                if (quantity != null && quantity < 1) {
                    throw Refused.invalid("project.transfer.recipients");
                }
            }
            default -> {
            }
        }
        if (kind != ActivityKind.EXTENSION && kind != ActivityKind.DOSSIER_EXTENSION && command.newDate() != null) {
            newDate = command.newDate();
        }
        save(project);
        Long documentId = document == null ? null : storeDocument(user, id, document, project.level, on);
        long eventId = projects.insertEvent(new ProjectRepository.EventRow(user.agencyId(), id, "ACTIVITY", kind.name(),
                on, null, null, null, documentId, amount, newDate, null, reason, before, after, note, quantity, null,
                user.displayName()));
        audit.record(user.agencyId(), user.getUsername(), "project", id, "EVENT", Change.diff()
                .field("event", null, kind)
                .field("on", null, on)
                .field("document", null, documentId == null ? null : citation(document, on))
                .field("amount", null, amount == null ? null : Labels.money(amount))
                .field("change", before, after)
                .field("note", null, note)
                .field("reason", null, reason)
                .build());
        return eventId;
    }

    /** A document recorded on its own: the minutes of a council held elsewhere, a notice, a letter. */
    @Transactional
    public long recordDocument(SignedInUser user, long id, DocumentDraft document) {
        Project project = lock(user, id);
        access.require(access.changes(user, project));
        if (document == null || document.kind() == null) {
            throw Refused.invalid("project.document.kindRequired");
        }
        if (document.date() == null) {
            throw Refused.invalid("project.document.dateRequired");
        }
        checkDocument(document, List.of(DocumentKind.values()), project.level);
        if (document.date().isAfter(today())) {
            throw Refused.invalid("project.date.future", Labels.date(document.date()));
        }
        save(project);
        long documentId = storeDocument(user, id, document, project.level, document.date());
        audit.record(user.agencyId(), user.getUsername(), "project", id, "DOCUMENT", Change.diff()
                .field("document", null, citation(document, document.date()))
                .build());
        return documentId;
    }

    // ----- host organisations

    @Transactional
    public long addHost(SignedInUser user, String name, String parentName) {
        access.require(access.managesHosts(user));
        if (blank(name)) {
            throw Refused.invalid("project.host.nameRequired");
        }
        if (projects.hostByName(user.agencyId(), name).isPresent()) {
            throw Refused.conflict("project.host.duplicate", name.strip());
        }
        long id;
        try {
            id = projects.insertHost(user.agencyId(), name.strip(), blank(parentName) ? null : parentName.strip());
        } catch (DuplicateKeyException raced) {
            throw Refused.conflict("project.host.duplicate", name.strip());
        }
        audit.record(user.agencyId(), user.getUsername(), "project_host", id, "CREATE", Change.diff()
                .field("name", null, name.strip()).field("parentName", null, parentName).build());
        return id;
    }

    @Transactional
    public void updateHost(SignedInUser user, long id, int version, String name, String parentName, boolean active) {
        access.require(access.managesHosts(user));
        HostOrganisation before = projects.host(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("project.host.notFound", id));
        if (blank(name)) {
            throw Refused.invalid("project.host.nameRequired");
        }
        Optional<HostOrganisation> same = projects.hostByName(user.agencyId(), name);
        if (same.isPresent() && same.get().id() != id) {
            throw Refused.conflict("project.host.duplicate", name.strip());
        }
        if (!projects.updateHost(user.agencyId(), id, version, name.strip(), blank(parentName) ? null
                : parentName.strip(), active)) {
            throw Refused.stale();
        }
        audit.record(user.agencyId(), user.getUsername(), "project_host", id, "UPDATE", Change.diff()
                .field("name", before.name(), name.strip())
                .field("parentName", before.parentName(), blank(parentName) ? null : parentName.strip())
                .field("active", before.active(), active)
                .build());
    }

    // ----- helpers

    Project load(SignedInUser user, long id) {
        Project project = projects.find(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("project.notFound", id));
        if (!access.sees(user, project)) {
            throw Refused.notFound("project.notFound", id);
        }
        return project;
    }

    Project lock(SignedInUser user, long id) {
        Project project = projects.lock(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("project.notFound", id));
        if (!access.sees(user, project)) {
            throw Refused.notFound("project.notFound", id);
        }
        return project;
    }

    private Project snapshot(SignedInUser user, long id) {
        return projects.find(user.agencyId(), id).orElseThrow();
    }

    void save(Project project) {
        if (!projects.update(project)) {
            throw Refused.stale();
        }
    }

    private static void checkVersion(Project project, Integer expected) {
        if (expected != null && expected != project.version) {
            throw Refused.stale();
        }
    }

    /** Fills the record from a draft, refusing what is missing or inconsistent. */
    private void apply(SignedInUser user, Project p, ProjectDraft d, Unit unit) {
        if (blank(d.title())) {
            throw Refused.invalid("project.title.required");
        }
        if (d.field() == null) {
            throw Refused.invalid("project.field.required");
        }
        if (d.level() == null) {
            throw Refused.invalid("project.level.required");
        }
        if (d.startYear() == null) {
            throw Refused.invalid("project.startYear.required");
        }
        if (d.startYear() < 1990 || d.startYear() > today().getYear() + 5) {
            throw Refused.invalid("project.startYear.range", d.startYear());
        }
        String programme = blank(d.programme()) ? null : d.programme().strip().toUpperCase(Locale.ROOT);
        if (programme != null && !settings.programmes().contains(programme)) {
            throw Refused.invalid("project.programme.unknown", d.programme(), String.join(", ", settings.programmes()));
        }
        if (d.durationMonths() != null && d.durationMonths() <= 0) {
            throw Refused.invalid("project.duration.positive");
        }
        p.title = d.title().strip();
        p.shortName = blank(d.shortName()) ? null : d.shortName().strip();
        p.level = d.level();
        p.programme = programme;
        p.ntmnManagement = "NTMN".equals(programme) ? d.ntmnManagement() : null;
        p.role = d.role() == null ? DepartmentRole.QUAN_LY : d.role();
        p.type = d.type() == null ? ProjectType.DE_TAI : d.type();
        p.origin = d.origin();
        p.supplementary = d.supplementary();
        p.batch = trim(d.batch());
        p.assignmentMethod = d.assignmentMethod();
        p.lumpSumMethod = d.lumpSumMethod();
        p.field = d.field();
        p.fieldDetail = trim(d.fieldDetail());
        p.proposer = trim(d.proposer());
        p.managingAuthority = trim(d.managingAuthority());
        p.hostId = resolveHost(user, d.hostId(), d.hostName(), d.hostParent());
        p.hostParent = trim(d.hostParent());
        p.investigator = d.investigator() == null ? new Investigator(null, null, null) : clean(d.investigator());
        p.secretary = trim(d.secretary());
        p.partners = trim(d.partners());
        p.locations = trim(d.locations());
        p.objectives = trim(d.objectives());
        p.content = trim(d.content());
        p.methods = trim(d.methods());
        p.startYear = d.startYear();
        p.durationMonths = d.durationMonths();
        p.startOn = d.startOn();
        p.endOn = d.endOn();
        p.budget = d.budget() == null ? Budget.NONE : d.budget();
        p.unitId = unit == null ? null : unit.id();
        p.officerId = d.officerId() == null ? null : org.person(user, d.officerId()).id();
        p.classified = d.classified();
        p.legalRegime = d.legalRegime() == null ? 2013 : d.legalRegime();
        if (p.legalRegime != 2013 && p.legalRegime != 2025) {
            throw Refused.invalid("project.regime.unknown");
        }
        p.checkDates();
    }

    /** Applies the facts a transition sets; answers the new budget years when they are given. */
    private Map<Integer, Long> applyChanges(SignedInUser user, Project p, ProjectChanges c) {
        Long hostId = resolveHost(user, c.hostId(), c.hostName(), null);
        if (hostId != null) {
            p.hostId = hostId;
        }
        if (c.investigator() != null && c.investigator().present()) {
            p.investigator = clean(c.investigator());
        }
        if (c.startOn() != null) {
            p.startOn = c.startOn();
        }
        if (c.endOn() != null) {
            p.endOn = c.endOn();
        }
        if (c.durationMonths() != null) {
            if (c.durationMonths() <= 0) {
                throw Refused.invalid("project.duration.positive");
            }
            p.durationMonths = c.durationMonths();
        }
        if (c.budget() != null) {
            p.budget = c.budget();
        }
        if (c.lumpSumMethod() != null) {
            p.lumpSumMethod = c.lumpSumMethod();
        }
        p.checkDates();
        return c.budgetYears() == null ? null : budgetYears(c.budgetYears());
    }

    private Unit unit(SignedInUser user, ProjectDraft draft) {
        Unit unit = null;
        if (draft.unitId() != null) {
            unit = org.unit(user, draft.unitId());
        } else if (!blank(draft.unitCode())) {
            unit = org.findUnitByCode(user.agencyId(), draft.unitCode())
                    .orElseThrow(() -> Refused.invalid("project.unit.unknown", draft.unitCode()));
        } else if (user.unitId() != null && !user.role().seesWholeAgency()) {
            unit = org.unit(user, user.unitId());
        }
        if (unit != null && !user.role().seesWholeAgency()
                && (user.unitId() == null || unit.id() != user.unitId())) {
            // A unit records projects for itself; leaders and the office for any unit.
            throw Refused.forbidden();
        }
        return unit;
    }

    private Long resolveHost(SignedInUser user, Long hostId, String hostName, String parentName) {
        if (hostId != null) {
            return projects.host(user.agencyId(), hostId).map(HostOrganisation::id)
                    .orElseThrow(() -> Refused.invalid("project.host.unknown", hostId));
        }
        if (blank(hostName)) {
            return null;
        }
        return projects.hostByName(user.agencyId(), hostName).map(HostOrganisation::id)
                .orElseGet(() -> {
                    long id = projects.insertHost(user.agencyId(), hostName.strip(), trim(parentName));
                    audit.record(user.agencyId(), user.getUsername(), "project_host", id, "CREATE",
                            Change.diff().field("name", null, hostName.strip()).build());
                    return id;
                });
    }

    private String hostName(SignedInUser user, Long hostId) {
        return hostId == null ? null : projects.host(user.agencyId(), hostId).map(HostOrganisation::name).orElse(null);
    }

    private LocalDate ineligibleSince(Project project, LocalDate on) {
        if (settings.ineligibleYears() <= 0) {
            return null;
        }
        return projects.lastFailure(project.agencyId, project.id,
                project.investigator == null ? null : project.investigator.name(), project.hostId,
                on.minusYears(settings.ineligibleYears())).orElse(null);
    }

    /**
     * A new principal investigator or host must be eligible (§4.3): one whose project failed acceptance is barred for
     * {@code ineligible-years} (§4.4). The ministry decides for the projects the Department only co-manages or follows.
     */
    private void requireEligible(Project project, String investigatorName, Long hostId, LocalDate on) {
        if (settings.ineligibleYears() <= 0 || project.coManaged()) {
            return;
        }
        projects.lastFailure(project.agencyId, project.id, investigatorName, hostId,
                on.minusYears(settings.ineligibleYears())).ifPresent(failed -> {
                    throw Refused.invalid("project.guard.ineligible", Labels.date(failed), settings.ineligibleYears());
                });
    }

    private void checkDocument(DocumentDraft document, List<DocumentKind> allowed, ProjectLevel level) {
        DocumentKind kind = document.kind() == null ? allowed.get(0) : document.kind();
        if (!allowed.contains(kind)) {
            throw Refused.invalid("project.document.kindNotAllowed", Labels.enumLabel(kind),
                    Labels.enumLabel(allowed.get(0)));
        }
        if (kind.numbered() && blank(document.number())) {
            throw Refused.invalid("project.document.numberRequired", Labels.enumLabel(kind));
        }
        if (document.date() != null && document.date().isAfter(today())) {
            throw Refused.invalid("project.date.future", Labels.date(document.date()));
        }
        if (document.file() != null && document.file().present()) {
            files.check(document.file());
        }
    }

    /** A document given without its kind is the usual one of the step. */
    private static DocumentDraft withKind(DocumentDraft document, DocumentKind usual) {
        if (document == null || document.kind() != null || usual == null) {
            return document;
        }
        return new DocumentDraft(usual, document.number(), document.date(), document.signer(), document.summary(),
                document.file());
    }

    private long storeDocument(SignedInUser user, long projectId, DocumentDraft document, ProjectLevel level,
            LocalDate defaultDate) {
        DocumentKind kind = document.kind();
        if (kind == null) {
            throw Refused.invalid("project.document.kindRequired");
        }
        Long fileId = null;
        if (document.file() != null && document.file().present()) {
            String contentType = files.check(document.file());
            fileId = projects.insertFile(user.agencyId(), FileTypes.baseName(document.file().fileName()),
                    contentType, document.file().content(), user.getUsername());
        }
        String signer = blank(document.signer()) ? settings.signer(kind, level) : document.signer().strip();
        return projects.insertDocument(user.agencyId(), projectId, kind, trim(document.number()),
                document.date() != null ? document.date() : defaultDate, signer, trim(document.summary()), fileId,
                user.displayName());
    }

    private String generateCode(long agencyId, int year) {
        int seq = projects.countStartingIn(agencyId, year) + 1;
        String code;
        do {
            code = settings.codePattern().replace("{year}", String.valueOf(year))
                    .replace("{seq}", String.format("%03d", seq++));
        } while (projects.codeTaken(agencyId, code, null));
        return code;
    }

    private static Map<Integer, Long> budgetYears(Map<Integer, Long> years) {
        Map<Integer, Long> clean = new LinkedHashMap<>();
        if (years != null) {
            years.forEach((year, amount) -> {
                if (year == null || amount == null) {
                    return;
                }
                if (amount < 0) {
                    throw Refused.invalid("project.money.negative");
                }
                clean.put(year, amount);
            });
        }
        return clean;
    }

    private static List<Product> products(List<Product> products) {
        if (products == null) {
            return List.of();
        }
        return products.stream().filter(p -> p != null && !blank(p.name()))
                .map(p -> new Product(trim(p.kind()), p.name().strip(), trim(p.quantity()), trim(p.requirement())))
                .toList();
    }

    private static long requireAmount(Long amount) {
        if (amount == null) {
            throw Refused.invalid("project.money.amountRequired");
        }
        return amount;
    }

    private static LocalDate requireDate(LocalDate date) {
        if (date == null) {
            throw Refused.invalid("project.activity.newDateRequired");
        }
        return date;
    }

    private static void requireReason(String reason) {
        if (reason == null) {
            throw Refused.invalid("project.activity.reasonRequired");
        }
    }

    private static Investigator clean(Investigator investigator) {
        return new Investigator(trim(investigator.name()), trim(investigator.title()), trim(investigator.affiliation()));
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String describe(Budget budget) {
        if (budget == null || (budget.total() == null && budget.state() == null && budget.other() == null)) {
            return null;
        }
        return (budget.total() == null ? "—" : Labels.money(budget.total())) + " = "
                + (budget.state() == null ? "—" : Labels.money(budget.state())) + " + "
                + (budget.other() == null ? "0" : Labels.money(budget.other()));
    }

    private static String describe(List<BudgetYear> years) {
        return years.isEmpty() ? null : years.stream().map(y -> y.year() + ": " + Labels.money(y.stateAmount()))
                .collect(Collectors.joining("; "));
    }

    private static String describe(Map<Integer, Long> years) {
        return years.isEmpty() ? null : years.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + Labels.money(e.getValue())).collect(Collectors.joining("; "));
    }

    private String citation(DocumentDraft document, LocalDate defaultDate) {
        String kind = messages.getMessage("project.DocumentKind." + document.kind(), null,
                String.valueOf(document.kind()), VIETNAMESE);
        return kind + (blank(document.number()) ? "" : " số " + document.number().strip()) + " ngày "
                + Labels.date(document.date() != null ? document.date() : defaultDate);
    }

    private Map<Long, String> unitNames(SignedInUser user) {
        return org.units(user).stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private ProjectDetails details(SignedInUser user, Project p) {
        Map<Long, String> units = unitNames(user);
        HostOrganisation host = p.hostId == null ? null : projects.host(user.agencyId(), p.hostId).orElse(null);
        String officer = p.officerId == null ? null
                : Optional.of(org.person(user, p.officerId)).map(Person::fullName).orElse(null);
        Map<ActivityKind, LocalDate> done = projects.activities(p.id);
        List<DueItem> due = DueRule.dueOf(p, settings, today(), done.get(ActivityKind.PERIODIC_REPORT), done);
        List<ChecklistItem> checklist = ActivityKind.CHECKLIST.stream()
                .map(item -> new ChecklistItem(item, done.containsKey(item), done.get(item))).toList();
        ProjectActions can = access.actions(user, p);
        List<EventOption> transitions = !can.change() || p.state == ProjectState.DONG ? List.of()
                : Lifecycle.from(p.state).stream()
                        // "Hết thời gian thực hiện" happens by itself the day after the end date (§4.2): offered only
                        // from then on, for a day the nightly job has not yet reached.
                        .filter(t -> t.event() != LifecycleEvent.END_TERM
                                || (p.effectiveEnd() != null && today().isAfter(p.effectiveEnd())))
                        .map(t -> new EventOption(t.event(), t.documents(), t.documentRequired())).toList();
        List<ActivityOption> activities = !can.change() ? List.of()
                : java.util.Arrays.stream(ActivityKind.values()).filter(k -> k.allowedIn(p.state, p.outcome))
                        .map(k -> new ActivityOption(k, k.documents(), k.documentRequired())).toList();
        Long remaining = p.budget.state() == null ? null : p.budget.state() - p.disbursed;
        return new ProjectDetails(p.id, p.version, p.code, p.title, p.shortName, p.level, p.programme,
                p.ntmnManagement, p.role, p.type, p.origin, p.supplementary, p.batch, p.assignmentMethod,
                p.lumpSumMethod, p.field, p.fieldDetail, p.proposer, p.managingAuthority, host, p.hostParent,
                p.investigator, p.secretary, p.partners, p.locations, p.objectives, p.content, p.methods, p.startYear,
                p.durationMonths, p.startOn, p.endOn, p.extendedEndOn, DueRule.dossierDue(p, settings), p.budget,
                projects.budgetYears(p.id), new Money(p.budget.state(), p.disbursed, p.refunded, remaining),
                projects.products(p.id), p.unitId, p.unitId == null ? null : units.get(p.unitId), p.officerId, officer,
                p.state, p.stateSince, p.outcome, p.rating, p.acceptedOn, p.certificateNumber, p.certificateOn,
                p.classified, p.legalRegime, due, checklist, projects.timeline(p.id), projects.documents(p.id),
                councils.councils(p.id), transitions, activities, settings.scale(p.level), can,
                audit.history(user.agencyId(), "project", p.id));
    }
}
