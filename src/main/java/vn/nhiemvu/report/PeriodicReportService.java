package vn.nhiemvu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.audit.AuditTrail;
import vn.nhiemvu.audit.Change;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.org.UnitKind;
import vn.nhiemvu.project.ProjectFigures;
import vn.nhiemvu.project.ProjectService;
import vn.nhiemvu.report.PeriodicReportRepository.ReportRow;
import vn.nhiemvu.report.PeriodicReportRepository.ReportSectionRow;
import vn.nhiemvu.report.PeriodicReportRepository.SectionRow;
import vn.nhiemvu.report.PeriodicReportRepository.TemplateRow;
import vn.nhiemvu.search.Snippets;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.shared.Page;

/**
 * Periodic reports (issue #5): templates of numbered sections, reports made from a template for a period, the
 * units' contributions (draft, submit; the office and leaders may edit any), reminders, and finalising, which numbers
 * the report, keeps its DOCX and locks it. Every change is audited; a stale edit is refused.
 */
@Service
@Transactional(readOnly = true)
public class PeriodicReportService {

    static final int MAX_TEXT = 200_000;
    static final int MAX_HEADING = 500;

    private final PeriodicReportRepository repository;
    private final ReportService reports;
    private final DirectiveService directives;
    private final ProjectService projects;
    private final OrgService org;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PdfConverter pdf;

    PeriodicReportService(PeriodicReportRepository repository, ReportService reports, DirectiveService directives,
            ProjectService projects, OrgService org, AuditTrail audit, ApplicationEventPublisher events,
            PdfConverter pdf) {
        this.repository = repository;
        this.reports = reports;
        this.directives = directives;
        this.projects = projects;
        this.org = org;
        this.audit = audit;
        this.events = events;
        this.pdf = pdf;
    }

    public LocalDate today() {
        return reports.today();
    }

    /** The office and leaders make, remind, edit any part of and finalise reports. */
    public static boolean compiles(SignedInUser user) {
        return user.is(Role.OFFICE) || user.is(Role.LEADER);
    }

    /** An administrator or the office keeps the templates and the signature settings. */
    public static boolean keepsTemplates(SignedInUser user) {
        return user.is(Role.ADMIN) || user.is(Role.OFFICE);
    }

    // ----- templates

    /** The agency's templates; the three of the samples are made the first time an agency asks. */
    @Transactional
    public List<ReportTemplate> templates(SignedInUser user) {
        ensureTemplates(user);
        Map<Long, Unit> units = units(user);
        return repository.templates(user.agencyId()).stream().map(t -> view(t, units)).toList();
    }

    @Transactional
    public ReportTemplate template(SignedInUser user, long id) {
        ensureTemplates(user);
        return view(loadTemplate(user, id), units(user));
    }

    private void ensureTemplates(SignedInUser user) {
        if (repository.hasTemplates(user.agencyId())) {
            return;
        }
        List<Unit> units = org.activeUnits(user);
        for (TemplateSeeds.Seed seed : TemplateSeeds.all()) {
            Optional<Long> id = repository.insertTemplate(user.agencyId(), seed.code(), seed.name(), seed.subject(),
                    seed.periodKind(), seed.numbering());
            if (id.isEmpty()) {
                continue;
            }
            int position = 0;
            for (TemplateSeeds.Section section : seed.sections()) {
                Long unitId = section.kind() == SectionKind.WRITTEN ? unitFor(section.unitWords(), units) : null;
                repository.insertTemplateSection(id.get(), position++, section.depth(), section.heading(),
                        section.kind(), unitId, section.prompt(), section.issuers());
            }
        }
    }

    /** The first unit whose name holds one of the words; else the office; else none (the office writes it). */
    static Long unitFor(String words, List<Unit> units) {
        if (words != null) {
            for (String word : words.split("\\|")) {
                for (Unit unit : units) {
                    if (Snippets.fold(unit.name()).contains(word)) {
                        return unit.id();
                    }
                }
            }
        }
        return units.stream().filter(u -> u.kind() == UnitKind.OFFICE).map(Unit::id).findFirst().orElse(null);
    }

    /** Renames a template, rewords its trích yếu, chooses its numbering (null keeps it). */
    @Transactional
    public void renameTemplate(SignedInUser user, long id, int version, String name, String subject,
            Numbering numbering) {
        TemplateRow template = lockForEdit(user, id, version);
        String cleanName = required(name, "report.template.name.required");
        String cleanSubject = required(subject, "report.template.subject.required");
        Numbering style = numbering == null ? template.numbering() : numbering;
        repository.updateTemplate(id, cleanName, cleanSubject, style);
        audit.record(user.agencyId(), user.getUsername(), "report_template", id, "UPDATE", Change.diff()
                .field("name", template.name(), cleanName).field("subject", template.subject(), cleanSubject)
                .field("numbering", template.numbering(), style).build());
    }

    /** Adds a section after {@code afterSectionId}, or first when null. */
    @Transactional
    public long addSection(SignedInUser user, long templateId, int version, Long afterSectionId,
            TemplateSectionDraft draft) {
        lockForEdit(user, templateId, version);
        TemplateSectionDraft clean = validate(user, draft);
        List<SectionRow> sections = repository.templateSections(templateId);
        int insertAt = 0;
        if (afterSectionId != null) {
            insertAt = indexOf(sections, afterSectionId) + 1;
        }
        long id = repository.insertTemplateSection(templateId, insertAt, clean.depth(), clean.heading(), clean.kind(),
                clean.unitId(), clean.prompt(), issuersText(clean.issuers()));
        List<Long> order = new ArrayList<>(sections.stream().map(SectionRow::id).toList());
        order.add(insertAt, id);
        renumber(order);
        repository.touchTemplate(templateId);
        audit.record(user.agencyId(), user.getUsername(), "report_template", templateId, "ADD_SECTION", Change.diff()
                .field("section", null, clean.heading().isEmpty() ? clean.kind().name() : clean.heading()).build());
        return id;
    }

    @Transactional
    public void updateSection(SignedInUser user, long templateId, int version, long sectionId,
            TemplateSectionDraft draft) {
        lockForEdit(user, templateId, version);
        TemplateSectionDraft clean = validate(user, draft);
        List<SectionRow> sections = repository.templateSections(templateId);
        SectionRow before = sections.get(indexOf(sections, sectionId));
        repository.updateTemplateSection(sectionId, clean.depth(), clean.heading(), clean.kind(), clean.unitId(),
                clean.prompt(), issuersText(clean.issuers()));
        repository.touchTemplate(templateId);
        audit.record(user.agencyId(), user.getUsername(), "report_template", templateId, "UPDATE_SECTION",
                Change.diff().field("heading", before.heading(), clean.heading())
                        .field("depth", before.depth(), clean.depth()).field("kind", before.kind(), clean.kind())
                        .field("unit", before.unitId(), clean.unitId()).field("prompt", before.prompt(), clean.prompt())
                        .field("issuers", before.issuers(), issuersText(clean.issuers())).build());
    }

    /** Moves a section, with its sub-sections, above its previous sibling or below its next one. */
    @Transactional
    public void moveSection(SignedInUser user, long templateId, int version, long sectionId, boolean up) {
        lockForEdit(user, templateId, version);
        List<SectionRow> sections = repository.templateSections(templateId);
        int index = indexOf(sections, sectionId);
        List<Integer> order = Outline.moved(sections.stream().map(SectionRow::depth).toList(), index, up);
        renumber(order.stream().map(i -> sections.get(i).id()).toList());
        repository.touchTemplate(templateId);
        audit.record(user.agencyId(), user.getUsername(), "report_template", templateId, up ? "MOVE_UP" : "MOVE_DOWN",
                Change.diff().field("section", null, sections.get(index).heading()).build());
    }

    /** Removes a section and its sub-sections. */
    @Transactional
    public void removeSection(SignedInUser user, long templateId, int version, long sectionId) {
        lockForEdit(user, templateId, version);
        List<SectionRow> sections = repository.templateSections(templateId);
        int index = indexOf(sections, sectionId);
        int end = Outline.blockEnd(sections.stream().map(SectionRow::depth).toList(), index);
        for (int i = index; i < end; i++) {
            repository.deleteTemplateSection(sections.get(i).id());
        }
        repository.touchTemplate(templateId);
        audit.record(user.agencyId(), user.getUsername(), "report_template", templateId, "REMOVE_SECTION",
                Change.diff().field("section", sections.get(index).heading(), null).build());
    }

    private void renumber(List<Long> order) {
        for (int i = 0; i < order.size(); i++) {
            repository.positionTemplateSection(order.get(i), i);
        }
    }

    private TemplateRow lockForEdit(SignedInUser user, long id, int version) {
        if (!keepsTemplates(user)) {
            throw Refused.forbidden();
        }
        TemplateRow template = repository.lockTemplate(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("report.template.notFound", id));
        if (template.version() != version) {
            throw Refused.stale();
        }
        return template;
    }

    private TemplateRow loadTemplate(SignedInUser user, long id) {
        return repository.template(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("report.template.notFound", id));
    }

    private TemplateSectionDraft validate(SignedInUser user, TemplateSectionDraft draft) {
        if (draft.kind() == null) {
            throw Refused.invalid("report.template.section.kind.required");
        }
        if (draft.depth() < 1 || draft.depth() > Outline.MAX_DEPTH) {
            throw Refused.invalid("report.template.section.depth.invalid");
        }
        String heading = draft.heading() == null ? "" : CleanText.of(draft.heading()).strip();
        if (heading.isEmpty() && (draft.kind() == SectionKind.HEADING || draft.kind() == SectionKind.TASK_APPENDIX)) {
            throw Refused.invalid("report.template.section.heading.required");
        }
        if (heading.length() > MAX_HEADING) {
            throw Refused.invalid("report.template.section.heading.size", MAX_HEADING);
        }
        Long unitId = draft.kind() == SectionKind.WRITTEN ? draft.unitId() : null;
        if (unitId != null && !units(user).containsKey(unitId)) {
            throw Refused.invalid("report.template.section.unit.unknown");
        }
        String prompt = draft.prompt() == null || draft.prompt().isBlank() ? null : CleanText.of(draft.prompt()).strip();
        List<String> issuers = draft.kind().usesIssuers() && draft.issuers() != null
                ? draft.issuers().stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().toList()
                : List.of();
        return new TemplateSectionDraft(draft.depth(), heading, draft.kind(), unitId, prompt, issuers);
    }

    private static int indexOf(List<SectionRow> sections, long sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id() == sectionId) {
                return i;
            }
        }
        throw Refused.notFound("report.template.section.notFound", sectionId);
    }

    private ReportTemplate view(TemplateRow template, Map<Long, Unit> units) {
        List<SectionRow> rows = repository.templateSections(template.id());
        List<String> numbers = Outline.numbers(rows.stream().map(SectionRow::depth).toList(),
                rows.stream().map(r -> numbered(r.heading(), r.kind())).toList(), template.numbering());
        List<ReportTemplate.Section> sections = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            SectionRow r = rows.get(i);
            Unit unit = r.unitId() == null ? null : units.get(r.unitId());
            sections.add(new ReportTemplate.Section(r.id(), r.position(), r.depth(), numbers.get(i), r.heading(),
                    r.kind(), r.unitId(), unit == null ? null : unit.name(), r.prompt(),
                    PeriodicReportRepository.lines(r.issuers())));
        }
        return new ReportTemplate(template.id(), template.code(), template.name(), template.subject(),
                template.periodKind(), template.numbering(), template.version(), sections);
    }

    static boolean numbered(String heading, SectionKind kind) {
        return heading != null && !heading.isBlank() && kind != SectionKind.TASK_APPENDIX;
    }

    private Map<Long, Unit> units(SignedInUser user) {
        Map<Long, Unit> units = new HashMap<>();
        org.units(user).forEach(u -> units.put(u.id(), u));
        return units;
    }

    private static String issuersText(List<String> issuers) {
        return issuers == null || issuers.isEmpty() ? null : String.join("\n", issuers);
    }

    // ----- reports

    /** The reports the user may open: all of the agency for leaders and the office, else those with a part for the unit. */
    public List<ReportListRow> reports(SignedInUser user) {
        if (user.role().seesWholeAgency()) {
            return repository.reports(user.agencyId(), null);
        }
        return user.unitId() == null ? List.of() : repository.reports(user.agencyId(), user.unitId());
    }

    /** "Báo cáo cần viết": the sections of open reports the user's unit writes. */
    public List<ContributionDue> contributionsDue(SignedInUser user) {
        if (user.unitId() == null) {
            return List.of();
        }
        List<ContributionDue> due = new ArrayList<>();
        Map<Long, Map<Long, String>> numbersByReport = new HashMap<>();
        for (ContributionDue row : repository.contributionsDue(user.agencyId(), user.unitId())) {
            String number = numbersByReport.computeIfAbsent(row.reportId(), id -> sectionNumbers(user.agencyId(), id))
                    .getOrDefault(row.sectionId(), "");
            due.add(new ContributionDue(row.reportId(), row.subject(), row.periodLabel(), row.sectionId(), number,
                    row.heading(), row.state()));
        }
        return due;
    }

    /** Each section's number ("1.", "II."…) by its id. */
    private Map<Long, String> sectionNumbers(long agencyId, long reportId) {
        Numbering numbering = repository.report(agencyId, reportId).map(ReportRow::numbering)
                .orElse(Numbering.PARTS_ROMAN);
        List<ReportSectionRow> rows = repository.reportSections(reportId);
        List<String> numbers = Outline.numbers(rows.stream().map(ReportSectionRow::depth).toList(),
                rows.stream().map(r -> numbered(r.heading(), r.kind())).toList(), numbering);
        Map<Long, String> byId = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byId.put(rows.get(i).id(), numbers.get(i));
        }
        return byId;
    }

    /**
     * Makes a report from a template for a period, judged as of {@code asOf} (the period's cut-off when null). The
     * template's sections are copied: editing the template later does not change the report.
     */
    @Transactional
    public long create(SignedInUser user, long templateId, ReportingPeriod period, LocalDate asOf) {
        if (!compiles(user)) {
            throw Refused.forbidden();
        }
        ensureTemplates(user);
        TemplateRow template = loadTemplate(user, templateId);
        List<SectionRow> sections = repository.templateSections(templateId);
        if (sections.isEmpty()) {
            throw Refused.invalid("report.periodic.template.empty", template.name());
        }
        LocalDate judgedOn = asOf == null ? period.cutOff() : asOf;
        if (judgedOn.isBefore(period.from())) {
            throw Refused.invalid("report.periodic.asOf.beforeStart");
        }
        String subject = fill(template.subject(), period);
        long id = repository.insertReport(user.agencyId(), template, subject, period, judgedOn, user.getUsername());
        Map<Long, Unit> units = units(user);
        for (SectionRow s : sections) {
            Unit unit = s.unitId() == null ? null : units.get(s.unitId());
            repository.insertReportSection(id, s.position(), s.depth(), fill(s.heading(), period), s.kind(),
                    s.kind() == SectionKind.WRITTEN && unit != null ? unit.id() : null,
                    s.kind() == SectionKind.WRITTEN && unit != null ? unit.name() : null, s.prompt(), s.issuers());
        }
        repository.reindex(id);
        audit.record(user.agencyId(), user.getUsername(), "periodic_report", id, "CREATE", Change.diff()
                .field("template", null, template.name()).field("period", null, period.label())
                .field("asOf", null, judgedOn).build());
        return id;
    }

    /** {kỳ}, {kỳ sau} and {năm} of a template's text, for a period. */
    static String fill(String text, ReportingPeriod period) {
        if (text == null) {
            return "";
        }
        ReportingPeriod next = period.next();
        return text.replace("{kỳ sau}", next == null ? "kỳ tới" : next.label()).replace("{kỳ}", period.label())
                .replace("{năm}", String.valueOf(period.year()));
    }

    public PeriodicReport report(SignedInUser user, long id) {
        ReportRow row = load(user, id);
        List<ReportSectionRow> rows = repository.reportSections(id);
        if (!user.role().seesWholeAgency()
                && rows.stream().noneMatch(s -> s.unitId() != null && s.unitId().equals(user.unitId()))) {
            throw Refused.notFound("report.periodic.notFound", id);
        }
        List<String> numbers = Outline.numbers(rows.stream().map(ReportSectionRow::depth).toList(),
                rows.stream().map(r -> numbered(r.heading(), r.kind())).toList(), row.numbering());
        List<PeriodicReport.Section> sections = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReportSectionRow s = rows.get(i);
            sections.add(new PeriodicReport.Section(s.id(), s.position(), s.depth(), numbers.get(i), s.heading(),
                    s.kind(), s.unitId(), s.unitName(), s.prompt(), PeriodicReportRepository.lines(s.issuers()),
                    s.body(), s.state(), s.updatedBy(), s.updatedAt(), s.submittedBy(), s.submittedAt(), s.version(),
                    row.state() == ReportState.OPEN && mayWrite(user, s)));
        }
        return new PeriodicReport(row.id(), row.templateId(), row.templateName(), row.subject(), row.period(),
                row.asOf(), row.state(), row.number(), row.issuedOn(), row.finalAt(), row.finalBy(), row.createdBy(),
                row.createdAt(), row.version(), sections);
    }

    public PeriodicReport.Section section(SignedInUser user, long reportId, long sectionId) {
        return report(user, reportId).sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> Refused.notFound("report.periodic.section.notFound", sectionId));
    }

    private static boolean mayWrite(SignedInUser user, ReportSectionRow section) {
        if (section.kind() != SectionKind.WRITTEN) {
            return false;
        }
        return compiles(user) || (section.unitId() != null && section.unitId().equals(user.unitId())
                && (user.is(Role.UNIT_HEAD) || user.is(Role.STAFF)));
    }

    private ReportRow load(SignedInUser user, long id) {
        return repository.report(user.agencyId(), id)
                .orElseThrow(() -> Refused.notFound("report.periodic.notFound", id));
    }

    /**
     * Saves a part's text read at {@code version}. A unit's save is a draft until it submits; the office or a leader
     * edits the text as it stands (a submitted part stays submitted).
     */
    @Transactional
    public int saveContribution(SignedInUser user, long reportId, long sectionId, Integer version, String text) {
        ReportSectionRow section = writable(user, reportId, sectionId, version);
        String body = ContributionText.clean(text);
        if (body.length() > MAX_TEXT) {
            throw Refused.invalid("report.contribution.tooLong", MAX_TEXT);
        }
        ContributionState state = compiles(user) && section.state() == ContributionState.SUBMITTED
                ? ContributionState.SUBMITTED
                : body.isEmpty() ? ContributionState.EMPTY : ContributionState.DRAFT;
        if (!repository.saveSection(sectionId, section.version(), body.isEmpty() ? null : body, state,
                user.getUsername())) {
            throw Refused.stale();
        }
        repository.reindex(reportId);
        audit.record(user.agencyId(), user.getUsername(), "report_section", sectionId, "WRITE", Change.diff()
                .field("body", section.body(), body.isEmpty() ? null : body).field("state", section.state(), state)
                .build());
        return section.version() + 1;
    }

    /** Hands the part in; an empty one cannot be. */
    @Transactional
    public int submitContribution(SignedInUser user, long reportId, long sectionId, Integer version) {
        ReportSectionRow section = writable(user, reportId, sectionId, version);
        if (section.body() == null || section.body().isBlank()) {
            throw Refused.invalid("report.contribution.empty");
        }
        if (!repository.submitSection(sectionId, section.version(), user.getUsername())) {
            throw Refused.stale();
        }
        audit.record(user.agencyId(), user.getUsername(), "report_section", sectionId, "SUBMIT", Change.diff()
                .field("state", section.state(), ContributionState.SUBMITTED).build());
        return section.version() + 1;
    }

    private ReportSectionRow writable(SignedInUser user, long reportId, long sectionId, Integer version) {
        ReportRow report = repository.lockReport(user.agencyId(), reportId)
                .orElseThrow(() -> Refused.notFound("report.periodic.notFound", reportId));
        ReportSectionRow section = repository.reportSection(reportId, sectionId)
                .orElseThrow(() -> Refused.notFound("report.periodic.section.notFound", sectionId));
        if (report.state() == ReportState.FINAL) {
            throw Refused.conflict("report.periodic.locked", numberLine(Letterhead.of(org.agency(user)), report));
        }
        if (section.kind() != SectionKind.WRITTEN) {
            throw Refused.invalid("report.contribution.computed");
        }
        if (!mayWrite(user, section)) {
            throw Refused.forbidden();
        }
        if (version == null) {
            throw new Refused(Refused.Kind.PRECONDITION_REQUIRED, "api.ifMatch.required");
        }
        if (section.version() != version) {
            throw Refused.stale();
        }
        return section;
    }

    /** Tells a unit's heads which of its parts are still to be submitted ("Nhắc"). */
    @Transactional
    public void remind(SignedInUser user, long reportId, long unitId) {
        if (!compiles(user)) {
            throw Refused.forbidden();
        }
        PeriodicReport report = report(user, reportId);
        if (report.finalised()) {
            throw Refused.conflict("report.periodic.locked", numberLine(Letterhead.of(org.agency(user)),
                    load(user, reportId)));
        }
        List<String> headings = report.sections().stream()
                .filter(s -> s.written() && Objects.equals(s.unitId(), unitId)
                        && s.state() != ContributionState.SUBMITTED)
                .map(s -> (s.number().isEmpty() ? "" : s.number() + " ") + s.heading()).toList();
        if (headings.isEmpty()) {
            throw Refused.invalid("report.remind.nothingDue");
        }
        String unitName = report.sections().stream().filter(s -> Objects.equals(s.unitId(), unitId))
                .map(PeriodicReport.Section::unitName).findFirst().orElse("");
        audit.record(user.agencyId(), user.getUsername(), "periodic_report", reportId, "REMIND", Change.diff()
                .field("unit", null, unitName).build());
        events.publishEvent(new ReportContributionReminded(user.agencyId(), reportId, unitId, unitName,
                report.subject(), headings, user.displayName() == null ? user.getUsername() : user.displayName()));
    }

    /**
     * Numbers the report (the agency's next report number of the year), dates it today, writes its DOCX and keeps
     * those bytes; the report is locked from then on.
     */
    @Transactional
    public PeriodicReport finalise(SignedInUser user, long reportId, Integer version) {
        if (!compiles(user)) {
            throw Refused.forbidden();
        }
        ReportRow report = repository.lockReport(user.agencyId(), reportId)
                .orElseThrow(() -> Refused.notFound("report.periodic.notFound", reportId));
        Letterhead letterhead = Letterhead.of(org.agency(user));
        if (report.state() == ReportState.FINAL) {
            throw Refused.conflict("report.periodic.alreadyFinal", numberLine(letterhead, report));
        }
        if (version != null && version != report.version()) {
            throw Refused.stale();
        }
        LocalDate today = reports.today();
        int number = repository.nextNumber(user.agencyId(), today.getYear());
        byte[] docx = PeriodicReportDocx.render(document(user, report(user, reportId), number, today, false));
        repository.finalise(reportId, number, today, docx, user.getUsername());
        audit.record(user.agencyId(), user.getUsername(), "periodic_report", reportId, "FINALISE", Change.diff()
                .field("state", ReportState.OPEN, ReportState.FINAL)
                .field("number", null, numberLine(letterhead, number))
                .field("issuedOn", null, today).build());
        return report(user, reportId);
    }

    /** "Số: 06/BC-KHCN", or the blank number of a report not yet finalised (NĐ 30/2020 Art. 15(2)). */
    static String numberLine(Letterhead letterhead, Integer number) {
        return number == null ? letterhead.blankNumber("BC")
                : "Số: " + Wording.count(number) + "/" + letterhead.symbol("BC");
    }

    private static String numberLine(Letterhead letterhead, ReportRow report) {
        return numberLine(letterhead, report.number());
    }

    public String numberLine(SignedInUser user, PeriodicReport report) {
        return numberLine(Letterhead.of(org.agency(user)), report.number());
    }

    /**
     * The report as a file: DOCX (once finalised, the very bytes kept then), PDF of that DOCX, or XLSX of the task
     * appendix. Leaders and the office only.
     */
    public ReportFile file(SignedInUser user, long reportId, ReportFormat format) {
        if (!user.role().seesWholeAgency()) {
            throw Refused.forbidden();
        }
        PeriodicReport report = report(user, reportId);
        String name = "bao-cao-" + ReportService.slug(report.period().label())
                + (report.number() == null ? "-du-thao" : "-so-" + report.number()) + "." + format.extension();
        return switch (format) {
            case DOCX -> new ReportFile(name, format.mediaType(), docx(user, report));
            case PDF -> new ReportFile(name, format.mediaType(), pdf.convert(docx(user, report)));
            case XLSX -> {
                TaskReport appendix = appendix(user, report);
                if (appendix == null) {
                    throw Refused.invalid("report.periodic.noAppendix");
                }
                yield new ReportFile(name, format.mediaType(), TaskReportXlsx.render(appendix));
            }
        };
    }

    private byte[] docx(SignedInUser user, PeriodicReport report) {
        if (report.finalised()) {
            return repository.finalDocx(report.id()).orElseThrow();
        }
        return PeriodicReportDocx.render(document(user, report, null, reports.today(), true));
    }

    public boolean pdfAvailable() {
        return pdf.available();
    }

    /** What the computed parts print today (before finalising), by section id, for the report page. */
    public Map<Long, List<String>> computedLines(SignedInUser user, PeriodicReport report) {
        if (!user.role().seesWholeAgency()) {
            return Map.of();
        }
        Map<Long, List<String>> lines = new LinkedHashMap<>();
        boolean hasAppendix = report.sections().stream().anyMatch(s -> s.kind() == SectionKind.TASK_APPENDIX);
        for (PeriodicReport.Section section : report.sections()) {
            if (section.kind().computed()) {
                lines.put(section.id(), computed(user, report, section, hasAppendix).stream()
                        .map(ContributionText.Paragraph::text).toList());
            }
        }
        return lines;
    }

    PeriodicReportDocx.Document document(SignedInUser user, PeriodicReport report, Integer number, LocalDate issuedOn,
            boolean draft) {
        Letterhead letterhead = Letterhead.of(org.agency(user));
        String numberLine = numberLine(letterhead, number);
        boolean hasAppendix = report.sections().stream().anyMatch(s -> s.kind() == SectionKind.TASK_APPENDIX);
        List<PeriodicReportDocx.Block> blocks = new ArrayList<>();
        PeriodicReportDocx.Appendix appendix = null;
        for (PeriodicReport.Section section : report.sections()) {
            if (section.kind() == SectionKind.TASK_APPENDIX) {
                if (appendix == null) {
                    TaskReport tasks = reports.taskReport(user, report.period(), report.asOf(), section.issuers(),
                            issuedOn, true);
                    String belongsTo = "(Kèm theo Báo cáo số " + (number == null ? "       " : Wording.count(number))
                            + "/" + letterhead.symbol("BC") + " ngày " + Wording.date(issuedOn) + " của "
                            + letterhead.agencyName() + ")";
                    appendix = new PeriodicReportDocx.Appendix(section.heading(), belongsTo, tasks.groups());
                }
                continue;
            }
            List<ContributionText.Paragraph> paragraphs;
            String missing = null;
            if (section.kind() == SectionKind.WRITTEN) {
                if (section.state() == ContributionState.SUBMITTED) {
                    paragraphs = ContributionText.paragraphs(section.body());
                } else {
                    paragraphs = List.of();
                    missing = section.unitName() == null ? "(Chưa có nội dung)"
                            : "(Chưa có nội dung của " + section.unitName() + ")";
                }
            } else {
                paragraphs = computed(user, report, section, hasAppendix);
            }
            blocks.add(new PeriodicReportDocx.Block(section.depth(), section.number(), section.heading(), paragraphs,
                    missing));
        }
        String closing = "Trên đây là báo cáo " + Wording.continuing(report.subject()) + " của "
                + letterhead.agencyName() + "./.";
        return new PeriodicReportDocx.Document(letterhead, numberLine, issuedOn, report.subject(), blocks, closing,
                settings(user), appendix);
    }

    private List<ContributionText.Paragraph> computed(SignedInUser user, PeriodicReport report,
            PeriodicReport.Section section, boolean hasAppendix) {
        List<ContributionText.Paragraph> lines = new ArrayList<>();
        switch (section.kind()) {
            case TASK_FIGURES -> {
                TaskReport tasks = reports.taskReport(user, report.period(), report.asOf(), section.issuers(),
                        report.asOf(), false);
                lines.add(new ContributionText.Paragraph(0, "Nhiệm vụ được giao " + report.period().during()
                        + " (số liệu tính đến ngày " + Wording.date(report.asOf()) + ")"));
                List<String> figures = new ArrayList<>(tasks.figures());
                if (!hasAppendix) {
                    figures.remove(figures.size() - 1);
                }
                figures.forEach(line -> lines.add(new ContributionText.Paragraph(line.startsWith("-") ? 1 : 0, line)));
            }
            case ISSUED_DOCUMENTS -> {
                for (Directive d : issuedIn(user, report.period())) {
                    String summary = d.summary().strip().replaceAll("[.;]+$", "");
                    lines.add(new ContributionText.Paragraph(1, "- " + Wording.capitalise(summary) + " ("
                            + kindName(d.kind()) + " số " + d.reference() + " ngày " + Wording.date(d.issuedOn())
                            + ")."));
                }
                if (lines.isEmpty()) {
                    lines.add(new ContributionText.Paragraph(0, "(Trong kỳ Sở chưa ban hành văn bản nào.)"));
                }
            }
            case PROJECT_FIGURES -> lines.add(new ContributionText.Paragraph(0,
                    projectSentence(projects.figures(user, report.period().year(), report.asOf()),
                            Letterhead.of(org.agency(user)).agencyName())));
            default -> {
            }
        }
        return lines;
    }

    /** The Department's own documents dated within the period, oldest first. */
    private List<Directive> issuedIn(SignedInUser user, ReportingPeriod period) {
        List<Directive> issued = new ArrayList<>();
        for (int page = 0; page < 100; page++) {
            Page<Directive> result = directives.directives(user, null, page, 200);
            boolean older = false;
            for (Directive d : result.items()) {
                if (d.issuedOn().isBefore(period.from())) {
                    older = true;
                } else if (d.issuedByAgency() && period.holds(d.issuedOn())) {
                    issued.add(d);
                }
            }
            if (older || !result.hasNext() || result.items().isEmpty()) {
                break;
            }
        }
        issued.sort(java.util.Comparator.comparing(Directive::issuedOn).thenComparingLong(Directive::id));
        return issued;
    }

    static String kindName(String kind) {
        return switch (kind == null ? "" : kind) {
            case "KH" -> "Kế hoạch";
            case "TB" -> "Thông báo";
            case "QĐ" -> "Quyết định";
            case "BC" -> "Báo cáo";
            case "CT" -> "Chỉ thị";
            case "HD" -> "Hướng dẫn";
            case "CTr" -> "Chương trình";
            case "TTr" -> "Tờ trình";
            case "CV" -> "Công văn";
            default -> "Văn bản";
        };
    }

    /** Sample 003's sentence: "Năm 2023, Sở … quản lý 38 nhiệm vụ KH&CN (31 nhiệm vụ chuyển tiếp; 07 …)". */
    static String projectSentence(ProjectFigures figures, String agencyName) {
        if (figures.managed().total() == 0) {
            return "Năm " + figures.year() + ", tính đến ngày " + Wording.date(figures.asOf()) + " chưa có nhiệm vụ KH&CN"
                    + " nào được ghi nhận trên hệ thống.";
        }
        return "Năm " + figures.year() + ", " + agencyName + " quản lý "
                + Wording.count((int) figures.managed().total()) + " nhiệm vụ KH&CN ("
                + Wording.count((int) figures.managed().carriedOver()) + " nhiệm vụ chuyển tiếp; "
                + Wording.count((int) figures.managed().started()) + " nhiệm vụ thực hiện từ năm " + figures.year()
                + "); tính đến ngày " + Wording.date(figures.asOf()) + " đã ký hợp đồng "
                + Wording.count((int) figures.contractsSigned()) + " nhiệm vụ, nghiệm thu "
                + Wording.count((int) figures.accepted().total()) + " nhiệm vụ, công nhận kết quả "
                + Wording.count((int) figures.recognised()) + " nhiệm vụ.";
    }

    private TaskReport appendix(SignedInUser user, PeriodicReport report) {
        return report.sections().stream().filter(s -> s.kind() == SectionKind.TASK_APPENDIX).findFirst()
                .map(s -> reports.taskReport(user, report.period(), report.asOf(), s.issuers(),
                        report.issuedOn() == null ? reports.today() : report.issuedOn(), true))
                .orElse(null);
    }

    // ----- settings

    public ReportSettings settings(SignedInUser user) {
        return repository.settings(user.agencyId()).orElseGet(ReportSettings::defaults);
    }

    @Transactional
    public void updateSettings(SignedInUser user, int version, String signerTitle, String signerName,
            String recipients) {
        if (!keepsTemplates(user)) {
            throw Refused.forbidden();
        }
        ReportSettings before = settings(user);
        List<String> title = PeriodicReportRepository.lines(CleanText.of(signerTitle));
        if (title.isEmpty()) {
            throw Refused.invalid("report.settings.signerTitle.required");
        }
        List<String> to = PeriodicReportRepository.lines(CleanText.of(recipients));
        String name = signerName == null || signerName.isBlank() ? null : CleanText.of(signerName).strip();
        if (!repository.saveSettings(user.agencyId(), version, String.join("\n", title), name, String.join("\n", to))) {
            throw Refused.stale();
        }
        audit.record(user.agencyId(), user.getUsername(), "report_settings", user.agencyId(), "UPDATE", Change.diff()
                .field("signerTitle", String.join(" / ", before.signerTitle()), String.join(" / ", title))
                .field("signerName", before.signerName(), name)
                .field("recipients", String.join(" ", before.recipients()), String.join(" ", to)).build());
    }

    static String required(String text, String key) {
        String clean = text == null ? "" : CleanText.of(text).strip();
        if (clean.isEmpty()) {
            throw Refused.invalid(key);
        }
        if (clean.length() > MAX_HEADING) {
            throw Refused.invalid("report.template.section.heading.size", MAX_HEADING);
        }
        return clean;
    }
}
