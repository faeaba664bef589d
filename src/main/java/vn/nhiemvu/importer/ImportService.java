package vn.nhiemvu.importer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.Person;
import vn.nhiemvu.org.Role;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.org.UnitKind;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Deadline;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveDraft;
import vn.nhiemvu.task.DirectiveKinds;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskService;

/**
 * Import as a use case: propose (read and extract, nothing written) and confirm (the directive and its
 * tasks created in one transaction, or nothing at all).
 */
@Service
public class ImportService {

    /** "6447/UBND-NC ngày 24/12/2022": a directive cited by an appendix row. */
    private static final Pattern CITATION = Pattern.compile(
            "(\\S+/\\S+?)[,;]?\\s+(?:[Nn]gày|ngay)\\s+(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private final DocumentImporter importer = new DocumentImporter();
    private final OrgService org;
    private final DirectiveService directives;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final Clock clock;

    ImportService(OrgService org, DirectiveService directives, TaskService tasks, JdbcClient jdbc, Clock clock) {
        this.org = org;
        this.directives = directives;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ImportDraft propose(SignedInUser user, byte[] bytes, String fileName) {
        requireManager(user);
        return proposeText(user, importer.read(bytes, fileName), fileName);
    }

    /** The proposal for a text already read, e.g. again for the review page after a refused confirmation. */
    @Transactional(readOnly = true)
    public ImportDraft proposeText(SignedInUser user, String text, String fileName) {
        requireManager(user);
        List<AgencyUnit> units = org.activeUnits(user).stream().map(u -> new AgencyUnit(u.code(), u.name())).toList();
        Proposal proposal = importer.extract(text, units);
        Optional<String> previous = jdbc.sql("""
                select file_name || ' (' || to_char(imported_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY') || ')'
                from import_record where agency_id = ? and content_hash = ? order by id desc limit 1""")
                .params(user.agencyId(), proposal.contentHash()).query(String.class).optional();
        if (previous.isPresent()) {
            proposal = proposal.withWarning(ImportWarning.alreadyImported(previous.get()));
        }
        return new ImportDraft(fileName, text, proposal);
    }

    /** The unit code of a written lead, when it matches one of the agency's units. */
    public Optional<String> unitCode(SignedInUser user, String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        List<AgencyUnit> units = org.activeUnits(user).stream().map(u -> new AgencyUnit(u.code(), u.name())).toList();
        return UnitNames.bestMatch(written, units).map(AgencyUnit::code);
    }

    /** The confirmation a proposal gives when nobody edits it: what the API's confirm accepts back. */
    public ImportConfirmation defaults(SignedInUser user, ImportDraft draft) {
        ProposalMeta meta = draft.proposal().meta();
        List<ImportConfirmation.TaskFields> fields = new ArrayList<>();
        for (ProposedTask task : draft.proposal().tasks()) {
            fields.add(new ImportConfirmation.TaskFields(task.content(), unitCode(user, task.lead()).orElse(null),
                    task.support().stream().map(s -> unitCode(user, s)).flatMap(Optional::stream).toList(),
                    task.assignee(), deadline(task.deadline()), task.sourceRef(), date(task.completed()),
                    task.result()));
        }
        return new ImportConfirmation(draft.proposal().contentHash(), draft.fileName(), directiveFields(user, meta),
                officeUnit(user).map(Unit::code).orElse(null), fields);
    }

    private ImportConfirmation.DirectiveFields directiveFields(SignedInUser user, ProposalMeta meta) {
        String reference = meta.symbol() == null ? null
                : (meta.number() == null ? "" : meta.number()) + "/" + meta.symbol();
        String kind = DirectiveKinds.ALL.stream().filter(k -> k.equalsIgnoreCase(meta.kind())).findFirst().orElse("CV");
        String agency = fold(org.agency(user).name());
        boolean own = meta.issuer() != null && (agency.contains(fold(meta.issuer()))
                || fold(meta.issuer()).contains(agency.replaceAll(" tinh .*", "")));
        return new ImportConfirmation.DirectiveFields(reference, date(meta.date()), issuer(meta.issuer(), own), kind,
                meta.subject() != null ? meta.subject() : meta.title(), own);
    }

    /** The issuer list's name for the issuing body the document names. */
    private static String issuer(String written, boolean own) {
        if (own || written == null) {
            return "Giám đốc Sở";
        }
        String folded = fold(written);
        if (folded.contains("chu tich")) {
            return "Chủ tịch UBND tỉnh";
        }
        if (folded.contains("uy ban nhan dan") || folded.contains("ubnd")) {
            return "UBND tỉnh";
        }
        if (folded.contains("tinh uy")) {
            return "Tỉnh ủy";
        }
        if (folded.contains("hoi dong nhan dan") || folded.contains("hdnd")) {
            return "HĐND tỉnh";
        }
        if (folded.contains("bo khoa hoc") || folded.contains("bo kh")) {
            return "Bộ KH&CN";
        }
        return written;
    }

    private static Deadline deadline(ProposedDeadline deadline) {
        if (deadline == null || deadline.isNone()) {
            return Deadline.none();
        }
        try {
            return Deadline.of(deadline.kind(), deadline.value(), deadline.text());
        } catch (Refused refused) {
            return Deadline.of(vn.nhiemvu.task.DeadlineKind.OTHER, null, deadline.text());
        }
    }

    private static LocalDate date(String isoDate) {
        return isoDate != null && isoDate.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(isoDate) : null;
    }

    /**
     * Creates the document's directive, the directives its tasks cite and the tasks, in one transaction: a
     * refused task (a deadline before its assignment, an unknown unit) refuses the whole import.
     */
    @Transactional
    public long confirm(SignedInUser user, ImportConfirmation confirmation) {
        requireManager(user);
        ImportConfirmation.DirectiveFields fields = confirmation.directive();
        if (fields == null) {
            throw Refused.invalid("import.directive.required");
        }
        LocalDate today = LocalDate.now(clock);
        Directive document = directives.register(user, new DirectiveDraft(fields.reference(), fields.issuedOn(), null,
                fields.issuer(), fields.kind(), fields.summary(), fields.issuedByAgency(), today), null);
        Map<String, Directive> cited = new HashMap<>();
        List<Person> people = org.people(user);
        int created = 0;
        for (ImportConfirmation.TaskFields task : confirmation.tasks()) {
            Directive directive = citedDirective(user, task.sourceRef(), fields.issuer(), cited).orElse(document);
            String lead = task.leadUnitCode() != null && !task.leadUnitCode().isBlank() ? task.leadUnitCode()
                    : confirmation.defaultLeadUnitCode();
            List<Long> assignees = task.assignee() == null ? List.of()
                    : people.stream().filter(p -> fold(p.fullName()).equals(fold(task.assignee()))).map(Person::id)
                            .limit(1).toList();
            long id = tasks.assign(user, new TaskDraft(directive.id(), null, task.content(), null, null, null, lead,
                    List.of(), task.supportUnitCodes() == null ? List.of() : task.supportUnitCodes(), assignees, null,
                    task.deadline() == null ? Deadline.none() : task.deadline()));
            if (task.completedOn() != null) {
                tasks.complete(user, id, null, task.completedOn(), task.result(), null);
            }
            created++;
        }
        jdbc.sql("""
                insert into import_record (agency_id, content_hash, file_name, directive_id, task_count, imported_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(user.agencyId(), confirmation.contentHash() == null ? "" : confirmation.contentHash(),
                        confirmation.fileName() == null ? "" : confirmation.fileName(), document.id(), created,
                        user.getUsername())
                .update();
        return document.id();
    }

    /** The directive a task row cites, found or registered, under the same issuer as the document's tasks. */
    private Optional<Directive> citedDirective(SignedInUser user, String sourceRef, String issuer,
            Map<String, Directive> cited) {
        if (sourceRef == null) {
            return Optional.empty();
        }
        Matcher citation = CITATION.matcher(sourceRef);
        if (!citation.find()) {
            return Optional.empty();
        }
        String reference = citation.group(1);
        LocalDate issuedOn;
        try {
            issuedOn = LocalDate.of(Integer.parseInt(citation.group(4)), Integer.parseInt(citation.group(3)),
                    Integer.parseInt(citation.group(2)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        String key = reference.toLowerCase(Locale.ROOT) + "@" + issuedOn.getYear();
        Directive directive = cited.get(key);
        if (directive == null) {
            directive = directives.findByReference(user, reference, issuedOn.getYear()).orElseGet(() -> directives
                    .register(user, new DirectiveDraft(reference, issuedOn, null, citedIssuer(reference, issuer),
                            kindOf(reference), sourceRef.strip(), false, null), null));
            cited.put(key, directive);
        }
        return Optional.of(directive);
    }

    /** "241/VP-HCTC" comes from the provincial office on behalf of the chairman; "…/UBND-…" from UBND tỉnh. */
    private static String citedIssuer(String reference, String fallback) {
        String upper = reference.toUpperCase(Locale.ROOT);
        if (upper.contains("/UBND") || upper.contains("-UBND")) {
            return "UBND tỉnh";
        }
        if (upper.contains("/VP-") || upper.contains("-TU")) {
            return upper.contains("-TU") ? "Tỉnh ủy" : "Chủ tịch UBND tỉnh";
        }
        return "Giám đốc Sở".equals(fallback) ? "UBND tỉnh" : fallback;
    }

    private static String kindOf(String reference) {
        Matcher typed = Pattern.compile("/([A-ZĐa-zđ]+)-").matcher(reference);
        if (typed.find()) {
            return DirectiveKinds.ALL.stream().filter(k -> k.equalsIgnoreCase(typed.group(1))).findFirst().orElse("CV");
        }
        return "CV";
    }

    private Optional<Unit> officeUnit(SignedInUser user) {
        return org.activeUnits(user).stream().filter(u -> u.kind() == UnitKind.OFFICE).findFirst();
    }

    private static void requireManager(SignedInUser user) {
        if (!user.is(Role.OFFICE) && !user.is(Role.LEADER)) {
            throw Refused.forbidden();
        }
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
