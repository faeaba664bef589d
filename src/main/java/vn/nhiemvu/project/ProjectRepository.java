package vn.nhiemvu.project;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Projects, their budget years, products, documents, files, timeline, state spans and host organisations. Every
 * read of a project names the agency it is scoped to.
 */
@Repository
class ProjectRepository {

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ----- the project row

    Optional<Project> find(long agencyId, long id) {
        return jdbc.sql("select * from project where agency_id = ? and id = ?").params(agencyId, id)
                .query((rs, row) -> map(rs)).optional();
    }

    /** Locks the row for the rest of the transaction, so that two transitions of one project cannot interleave. */
    Optional<Project> lock(long agencyId, long id) {
        return jdbc.sql("select * from project where agency_id = ? and id = ? for update").params(agencyId, id)
                .query((rs, row) -> map(rs)).optional();
    }

    /** Projects still executing whose (extended) end date is before the day: the end of term is due. */
    List<long[]> endedTerms(LocalDate today) {
        return jdbc.sql("""
                select agency_id, id from project
                where state = 'DANG_THUC_HIEN' and coalesce(extended_end_on, end_on) < ?
                order by id""").param(today).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    static Project map(ResultSet rs) throws SQLException {
        Project p = new Project(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("version"));
        p.code = rs.getString("code");
        p.title = rs.getString("title");
        p.shortName = rs.getString("short_name");
        p.level = ProjectLevel.valueOf(rs.getString("level"));
        p.programme = rs.getString("programme");
        p.ntmnManagement = enumOf(NtmnManagement.class, rs.getString("ntmn_management"));
        p.role = DepartmentRole.valueOf(rs.getString("department_role"));
        p.type = ProjectType.valueOf(rs.getString("type"));
        p.origin = enumOf(ProjectOrigin.class, rs.getString("origin"));
        p.supplementary = rs.getBoolean("supplementary");
        p.batch = rs.getString("batch");
        p.assignmentMethod = enumOf(AssignmentMethod.class, rs.getString("assignment_method"));
        p.lumpSumMethod = enumOf(LumpSumMethod.class, rs.getString("lump_sum_method"));
        p.field = ScienceField.parse(rs.getString("field")).orElseThrow();
        p.fieldDetail = rs.getString("field_detail");
        p.proposer = rs.getString("proposer");
        p.managingAuthority = rs.getString("managing_authority");
        p.hostId = (Long) rs.getObject("host_id");
        p.hostParent = rs.getString("host_parent");
        p.investigator = new Investigator(rs.getString("pi_name"), rs.getString("pi_title"),
                rs.getString("pi_affiliation"));
        p.secretary = rs.getString("secretary");
        p.partners = rs.getString("partners");
        p.locations = rs.getString("locations");
        p.objectives = rs.getString("objectives");
        p.content = rs.getString("content");
        p.methods = rs.getString("methods");
        p.startYear = rs.getInt("start_year");
        p.durationMonths = (Integer) rs.getObject("duration_months");
        p.startOn = date(rs, "start_on");
        p.endOn = date(rs, "end_on");
        p.extendedEndOn = date(rs, "extended_end_on");
        p.dossierDueOn = date(rs, "dossier_due_on");
        p.budget = new Budget((Long) rs.getObject("total_budget"), (Long) rs.getObject("state_budget"),
                (Long) rs.getObject("other_budget"), (Long) rs.getObject("lump_sum_budget"));
        p.disbursed = rs.getLong("disbursed");
        p.refunded = rs.getLong("refunded");
        p.unitId = (Long) rs.getObject("unit_id");
        p.officerId = (Long) rs.getObject("officer_id");
        p.state = ProjectState.valueOf(rs.getString("state"));
        p.stateSince = date(rs, "state_since");
        p.outcome = enumOf(Outcome.class, rs.getString("outcome"));
        p.closedFrom = enumOf(ProjectState.class, rs.getString("closed_from"));
        p.rating = rs.getString("rating");
        p.acceptedOn = date(rs, "accepted_on");
        p.certificateNumber = rs.getString("certificate_number");
        p.certificateOn = date(rs, "certificate_on");
        p.classified = rs.getBoolean("classified");
        p.legalRegime = rs.getInt("legal_regime");
        p.managedFrom = date(rs, "managed_from");
        p.closedOn = date(rs, "closed_on");
        return p;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static final String COLUMNS = """
            code = :code, title = :title, short_name = :shortName, level = :level, programme = :programme,
            ntmn_management = :ntmn, department_role = :role, type = :type, origin = :origin,
            supplementary = :supplementary, batch = :batch, assignment_method = :assignment, lump_sum_method = :lumpSum,
            field = :field, field_detail = :fieldDetail, proposer = :proposer, managing_authority = :authority,
            host_id = :host, host_parent = :hostParent, pi_name = :piName, pi_title = :piTitle,
            pi_affiliation = :piAffiliation, secretary = :secretary, partners = :partners, locations = :locations,
            objectives = :objectives, content = :content, methods = :methods, start_year = :startYear,
            duration_months = :months, start_on = :startOn, end_on = :endOn, extended_end_on = :extendedEndOn,
            dossier_due_on = :dossierDueOn, total_budget = :total, state_budget = :stateBudget,
            other_budget = :otherBudget, lump_sum_budget = :lumpSumBudget, disbursed = :disbursed,
            refunded = :refunded, unit_id = :unit, officer_id = :officer, state = :state, state_since = :stateSince,
            outcome = :outcome, closed_from = :closedFrom, rating = :rating, accepted_on = :acceptedOn,
            certificate_number = :certificateNumber, certificate_on = :certificateOn, classified = :classified,
            legal_regime = :regime, managed_from = :managedFrom, closed_on = :closedOn""";

    long insert(Project p, String createdBy) {
        String assignments = COLUMNS.replace("\n", " ");
        String columns = String.join(", ", java.util.Arrays.stream(assignments.split(","))
                .map(a -> a.split("=")[0].strip()).toList());
        String values = String.join(", ", java.util.Arrays.stream(assignments.split(","))
                .map(a -> a.split("=")[1].strip()).toList());
        return params(jdbc.sql("insert into project (agency_id, created_by, " + columns + ") values (:agency, :createdBy, "
                + values + ") returning id"), p)
                .param("agency", p.agencyId).param("createdBy", createdBy)
                .query(Long.class).single();
    }

    boolean update(Project p) {
        return params(jdbc.sql("update project set " + COLUMNS
                + ", version = version + 1 where agency_id = :agency and id = :id and version = :version"), p)
                .param("agency", p.agencyId).param("id", p.id).param("version", p.version)
                .update() == 1;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Project p) {
        Investigator pi = p.investigator == null ? new Investigator(null, null, null) : p.investigator;
        return spec.param("code", p.code).param("title", p.title).param("shortName", p.shortName)
                .param("level", p.level.name()).param("programme", p.programme).param("ntmn", name(p.ntmnManagement))
                .param("role", p.role.name()).param("type", p.type.name()).param("origin", name(p.origin))
                .param("supplementary", p.supplementary).param("batch", p.batch)
                .param("assignment", name(p.assignmentMethod)).param("lumpSum", name(p.lumpSumMethod))
                .param("field", p.field.code()).param("fieldDetail", p.fieldDetail).param("proposer", p.proposer)
                .param("authority", p.managingAuthority).param("host", p.hostId).param("hostParent", p.hostParent)
                .param("piName", pi.name()).param("piTitle", pi.title()).param("piAffiliation", pi.affiliation())
                .param("secretary", p.secretary).param("partners", p.partners).param("locations", p.locations)
                .param("objectives", p.objectives).param("content", p.content).param("methods", p.methods)
                .param("startYear", p.startYear).param("months", p.durationMonths).param("startOn", p.startOn)
                .param("endOn", p.endOn).param("extendedEndOn", p.extendedEndOn).param("dossierDueOn", p.dossierDueOn)
                .param("total", p.budget.total()).param("stateBudget", p.budget.state())
                .param("otherBudget", p.budget.other()).param("lumpSumBudget", p.budget.lumpSum())
                .param("disbursed", p.disbursed).param("refunded", p.refunded).param("unit", p.unitId)
                .param("officer", p.officerId).param("state", p.state.name()).param("stateSince", p.stateSince)
                .param("outcome", name(p.outcome)).param("closedFrom", name(p.closedFrom)).param("rating", p.rating)
                .param("acceptedOn", p.acceptedOn).param("certificateNumber", p.certificateNumber)
                .param("certificateOn", p.certificateOn).param("classified", p.classified)
                .param("regime", p.legalRegime).param("managedFrom", p.managedFrom).param("closedOn", p.closedOn);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    boolean codeTaken(long agencyId, String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from project where agency_id = ? and lower(code) = lower(?) and id <> ?)")
                .params(agencyId, code, exceptId == null ? -1L : exceptId).query(Boolean.class).single();
    }

    long count(long agencyId) {
        return jdbc.sql("select count(*) from project where agency_id = ?").param(agencyId).query(Long.class).single();
    }

    int countStartingIn(long agencyId, int year) {
        return jdbc.sql("select count(*) from project where agency_id = ? and start_year = ?").params(agencyId, year)
                .query(Integer.class).single();
    }

    // ----- budget years and products

    List<BudgetYear> budgetYears(long projectId) {
        return jdbc.sql("select year, state_amount from project_budget_year where project_id = ? order by year")
                .param(projectId).query(BudgetYear.class).list();
    }

    void replaceBudgetYears(long projectId, Map<Integer, Long> years) {
        jdbc.sql("delete from project_budget_year where project_id = ?").param(projectId).update();
        years.forEach((year, amount) -> jdbc.sql(
                "insert into project_budget_year (project_id, year, state_amount) values (?, ?, ?)")
                .params(projectId, year, amount).update());
    }

    List<Product> products(long projectId) {
        return jdbc.sql("""
                select kind, name, quantity, requirement from project_product where project_id = ?
                order by sort_order, id""").param(projectId).query(Product.class).list();
    }

    void replaceProducts(long projectId, List<Product> products) {
        jdbc.sql("delete from project_product where project_id = ?").param(projectId).update();
        int order = 0;
        for (Product product : products) {
            jdbc.sql("""
                    insert into project_product (project_id, kind, name, quantity, requirement, sort_order)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(projectId, product.kind(), product.name(), product.quantity(), product.requirement(),
                            order++)
                    .update();
        }
    }

    // ----- documents and files

    long insertFile(long agencyId, String fileName, String contentType, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                insert into project_file (agency_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, fileName, contentType, content.length, content, uploadedBy)
                .query(Long.class).single();
    }

    Optional<StoredFile> file(long agencyId, long projectId, long fileId) {
        return jdbc.sql("""
                select f.id, f.file_name, f.content_type, f.content from project_file f
                where f.agency_id = ? and f.id = ?
                  and exists (select 1 from project_document d where d.project_id = ? and d.file_id = f.id)""")
                .params(agencyId, fileId, projectId).query(StoredFile.class).optional();
    }

    long insertDocument(long agencyId, long projectId, DocumentKind kind, String number, LocalDate issuedOn,
            String signer, String summary, Long fileId, String recordedBy) {
        return jdbc.sql("""
                insert into project_document (agency_id, project_id, kind, number, issued_on, signer, summary, file_id,
                                              recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(agencyId, projectId, kind.name(), number, issuedOn, signer, summary, fileId, recordedBy)
                .query(Long.class).single();
    }

    private static final String DOCUMENT_SELECT = """
            select d.id, d.kind, d.number, d.issued_on, d.signer, d.summary, d.file_id, f.file_name, d.recorded_by,
                   d.recorded_at
            from project_document d left join project_file f on f.id = d.file_id
            """;

    List<DocumentView> documents(long projectId) {
        return jdbc.sql(DOCUMENT_SELECT + " where d.project_id = ? order by d.issued_on desc, d.id desc")
                .param(projectId).query(DocumentView.class).list();
    }

    Optional<DocumentView> document(long documentId) {
        return jdbc.sql(DOCUMENT_SELECT + " where d.id = ?").param(documentId).query(DocumentView.class).optional();
    }

    Set<DocumentKind> documentKinds(long projectId) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        jdbc.sql("select distinct kind from project_document where project_id = ?").param(projectId)
                .query(String.class).list().forEach(kind -> kinds.add(DocumentKind.valueOf(kind)));
        return kinds;
    }

    // ----- the timeline

    record EventRow(long agencyId, long projectId, String category, String kind, LocalDate occurredOn,
            ProjectState fromState, ProjectState toState, Outcome outcome, Long documentId, Long amount,
            LocalDate newDate, String rating, String reason, String before, String after, String note,
            Integer quantity, String warning, String recordedBy) {
    }

    long insertEvent(EventRow e) {
        return jdbc.sql("""
                insert into project_event (agency_id, project_id, category, kind, occurred_on, from_state, to_state,
                                           outcome, document_id, amount, new_date, rating, reason, before_value,
                                           after_value, note, quantity, warning, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(e.agencyId(), e.projectId(), e.category(), e.kind(), e.occurredOn(), name(e.fromState()),
                        name(e.toState()), name(e.outcome()), e.documentId(), e.amount(), e.newDate(), e.rating(),
                        e.reason(), e.before(), e.after(), e.note(), e.quantity(), e.warning(), e.recordedBy())
                .query(Long.class).single();
    }

    List<TimelineEntry> timeline(long projectId) {
        return jdbc.sql("""
                select e.id, e.category, e.kind, e.occurred_on, e.from_state, e.to_state, e.outcome, e.document_id,
                       e.amount, e.new_date, e.rating, e.reason, e.before_value, e.after_value, e.note, e.quantity,
                       e.warning, e.recorded_by, e.recorded_at,
                       d.kind as d_kind, d.number as d_number, d.issued_on as d_issued_on, d.signer as d_signer,
                       d.summary as d_summary, d.file_id as d_file_id, f.file_name as d_file_name
                from project_event e
                left join project_document d on d.id = e.document_id
                left join project_file f on f.id = d.file_id
                where e.project_id = ?
                order by e.occurred_on desc, e.id desc""")
                .param(projectId)
                .query((rs, row) -> new TimelineEntry(rs.getLong("id"), rs.getString("category"), rs.getString("kind"),
                        date(rs, "occurred_on"), enumOf(ProjectState.class, rs.getString("from_state")),
                        enumOf(ProjectState.class, rs.getString("to_state")),
                        enumOf(Outcome.class, rs.getString("outcome")),
                        rs.getObject("document_id") == null ? null : new DocumentView(rs.getLong("document_id"),
                                DocumentKind.valueOf(rs.getString("d_kind")), rs.getString("d_number"),
                                date(rs, "d_issued_on"), rs.getString("d_signer"), rs.getString("d_summary"),
                                (Long) rs.getObject("d_file_id"), rs.getString("d_file_name"), null, null),
                        (Long) rs.getObject("amount"), date(rs, "new_date"), rs.getString("rating"),
                        rs.getString("reason"), rs.getString("before_value"), rs.getString("after_value"),
                        rs.getString("note"), (Integer) rs.getObject("quantity"), rs.getString("warning"),
                        rs.getString("recorded_by"), rs.getObject("recorded_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /** The projects that may have a dated item due (DueRule): executing, awaiting acceptance, after acceptance. */
    List<long[]> withDatedDueItems() {
        return jdbc.sql("""
                select agency_id, id from project
                where state in ('DANG_THUC_HIEN', 'CHO_NGHIEM_THU', 'SAU_NGHIEM_THU') order by agency_id, id""")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    /** Notes that an item due was announced at a step; false when it already was. */
    boolean noteDueAnnounced(long projectId, String item, LocalDate dueOn, String step) {
        return jdbc.sql("""
                insert into project_due_notice (project_id, item, due_on, step) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(projectId, item, dueOn, step).update() == 1;
    }

    /** Each event kind recorded on the project with the date it last happened. */
    Map<ActivityKind, LocalDate> activities(long projectId) {
        Map<ActivityKind, LocalDate> done = new LinkedHashMap<>();
        jdbc.sql("""
                select kind, max(occurred_on) as last_on from project_event
                where project_id = ? and category = 'ACTIVITY' group by kind""")
                .param(projectId)
                .query((rs, row) -> Map.entry(ActivityKind.valueOf(rs.getString("kind")), date(rs, "last_on")))
                .list().forEach(entry -> done.put(entry.getKey(), entry.getValue()));
        return done;
    }

    int countActivities(long projectId, ActivityKind kind) {
        return jdbc.sql("select count(*) from project_event where project_id = ? and kind = ?")
                .params(projectId, kind.name()).query(Integer.class).single();
    }

    // ----- state spans (§5)

    void openSpan(long agencyId, long projectId, ProjectState state, Outcome outcome, LocalDate enteredOn) {
        jdbc.sql("""
                insert into project_state_span (agency_id, project_id, state, outcome, entered_on)
                values (?, ?, ?, ?, ?)""")
                .params(agencyId, projectId, state.name(), name(outcome), enteredOn).update();
    }

    void closeSpan(long projectId, LocalDate leftOn) {
        jdbc.sql("update project_state_span set left_on = ? where project_id = ? and left_on = 'infinity'")
                .params(leftOn, projectId).update();
    }

    // ----- eligibility (§4.4)

    /**
     * The last failed acceptance within the period, of another project led by the same principal investigator or
     * hosted by the same organisation.
     */
    Optional<LocalDate> lastFailure(long agencyId, long projectId, String investigatorName, Long hostId,
            LocalDate from) {
        return jdbc.sql("""
                select max(e.occurred_on) from project_event e join project p on p.id = e.project_id
                where e.agency_id = :agency and e.kind = 'FAIL_ACCEPTANCE' and e.occurred_on >= :from
                  and p.id <> :project
                  and ((cast(:name as text) is not null and lower(p.pi_name) = lower(cast(:name as text)))
                       or p.host_id = cast(:host as bigint))""")
                .param("agency", agencyId).param("from", from).param("project", projectId)
                .param("name", investigatorName).param("host", hostId)
                .query((rs, row) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate)).single();
    }

    // ----- host organisations

    List<HostOrganisation> hosts(long agencyId) {
        return jdbc.sql("""
                select id, name, parent_name, active, version from project_host where agency_id = ?
                order by lower(name)""").param(agencyId).query(HostOrganisation.class).list();
    }

    Optional<HostOrganisation> host(long agencyId, long id) {
        return jdbc.sql("select id, name, parent_name, active, version from project_host where agency_id = ? and id = ?")
                .params(agencyId, id).query(HostOrganisation.class).optional();
    }

    Optional<HostOrganisation> hostByName(long agencyId, String name) {
        return jdbc.sql("""
                select id, name, parent_name, active, version from project_host
                where agency_id = ? and lower(name) = lower(?)""")
                .params(agencyId, name.strip()).query(HostOrganisation.class).optional();
    }

    long insertHost(long agencyId, String name, String parentName) {
        return jdbc.sql("insert into project_host (agency_id, name, parent_name) values (?, ?, ?) returning id")
                .params(agencyId, name, parentName).query(Long.class).single();
    }

    boolean updateHost(long agencyId, long id, int version, String name, String parentName, boolean active) {
        return jdbc.sql("""
                update project_host set name = ?, parent_name = ?, active = ?, version = version + 1
                where agency_id = ? and id = ? and version = ?""")
                .params(name, parentName, active, agencyId, id, version).update() == 1;
    }
}
