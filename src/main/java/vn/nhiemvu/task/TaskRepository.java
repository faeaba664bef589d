package vn.nhiemvu.task;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tasks, their units, people, progress and extensions. Every read names the agency it is scoped to. */
@Repository
class TaskRepository {

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssignedTask> find(long agencyId, long id) {
        return jdbc.sql("select * from task where agency_id = ? and id = ?").params(agencyId, id)
                .query((rs, row) -> map(rs)).optional();
    }

    /** Locks the row for the rest of the transaction, so two decisions on one task cannot interleave. */
    Optional<AssignedTask> lock(long agencyId, long id) {
        return jdbc.sql("select * from task where agency_id = ? and id = ? for update").params(agencyId, id)
                .query((rs, row) -> map(rs)).optional();
    }

    private AssignedTask map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        AssignedTask task = new AssignedTask(id, rs.getLong("agency_id"), (Long) rs.getObject("directive_id"),
                (Long) rs.getObject("parent_id"), (Long) rs.getObject("series_id"), rs.getBoolean("is_series"),
                rs.getLong("issuer_id"), rs.getString("content"), rs.getLong("lead_unit_id"), supportUnitIds(id),
                assigneeIds(id), date(rs, "assigned_on"),
                new Deadline(DeadlineKind.valueOf(rs.getString("deadline_kind")), rs.getString("deadline_value"),
                        rs.getString("deadline_text")),
                date(rs, "original_due"), date(rs, "due_date"), date(rs, "extended_on"),
                WorkState.valueOf(rs.getString("work_state")), date(rs, "started_on"), date(rs, "halted_on"),
                date(rs, "completed_on"), rs.getString("result"), (Long) rs.getObject("result_attachment_id"),
                rs.getInt("version"));
        task.reportedOn = date(rs, "reported_on");
        task.reportedResult = rs.getString("reported_result");
        task.reportedBy = rs.getString("reported_by");
        return task;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    List<Long> supportUnitIds(long taskId) {
        return jdbc.sql("select unit_id from task_support_unit where task_id = ? order by unit_id").param(taskId)
                .query(Long.class).list();
    }

    List<Long> assigneeIds(long taskId) {
        return jdbc.sql("select person_id from task_assignee where task_id = ? order by person_id").param(taskId)
                .query(Long.class).list();
    }

    long insert(AssignedTask task, LocalDate writtenDue, String periodKey, String createdBy) {
        long id = jdbc.sql("""
                insert into task (agency_id, directive_id, parent_id, series_id, period_key, is_series, issuer_id,
                                  content, lead_unit_id, assigned_on, deadline_kind, deadline_value, deadline_text,
                                  written_due, original_due, due_date, work_state, started_on, created_by)
                values (:agency, :directive, :parent, :series, :period, :isSeries, :issuer, :content, :lead,
                        :assignedOn, :kind, :value, :text, :writtenDue, :originalDue, :due, :state, :startedOn,
                        :createdBy)
                on conflict do nothing
                returning id""")
                .param("agency", task.agencyId).param("directive", task.directiveId).param("parent", task.parentId)
                .param("series", task.seriesId).param("period", periodKey).param("isSeries", task.series)
                .param("issuer", task.issuerId).param("content", task.content).param("lead", task.leadUnitId)
                .param("assignedOn", task.assignedOn).param("kind", task.deadline.kind().name())
                .param("value", task.deadline.value()).param("text", task.deadline.text())
                .param("writtenDue", writtenDue).param("originalDue", task.originalDue).param("due", task.dueDate)
                .param("state", task.workState.name()).param("startedOn", task.startedOn)
                .param("createdBy", createdBy)
                .query(Long.class).optional().orElse(-1L);
        if (id > 0) {
            replaceSupportUnits(id, task.supportUnitIds);
            replaceAssignees(id, task.assigneeIds);
        }
        return id;
    }

    boolean update(AssignedTask task) {
        return jdbc.sql("""
                update task set issuer_id = :issuer, content = :content, lead_unit_id = :lead,
                       assigned_on = :assignedOn, deadline_kind = :kind, deadline_value = :value,
                       deadline_text = :text, original_due = :originalDue, due_date = :due, extended_on = :extendedOn,
                       work_state = :state, started_on = :startedOn, halted_on = :haltedOn,
                       completed_on = :completedOn, result = :result, result_attachment_id = :resultAttachment,
                       reported_on = :reportedOn, reported_result = :reportedResult, reported_by = :reportedBy,
                       version = version + 1
                where agency_id = :agency and id = :id and version = :version""")
                .param("issuer", task.issuerId).param("content", task.content).param("lead", task.leadUnitId)
                .param("assignedOn", task.assignedOn).param("kind", task.deadline.kind().name())
                .param("value", task.deadline.value()).param("text", task.deadline.text())
                .param("originalDue", task.originalDue).param("due", task.dueDate)
                .param("extendedOn", task.extendedOn).param("state", task.workState.name())
                .param("startedOn", task.startedOn).param("haltedOn", task.haltedOn)
                .param("completedOn", task.completedOn).param("result", task.result)
                .param("resultAttachment", task.resultAttachmentId)
                .param("reportedOn", task.reportedOn).param("reportedResult", task.reportedResult)
                .param("reportedBy", task.reportedBy)
                .param("agency", task.agencyId).param("id", task.id).param("version", task.version)
                .update() == 1;
    }

    void replaceSupportUnits(long taskId, List<Long> unitIds) {
        jdbc.sql("delete from task_support_unit where task_id = ?").param(taskId).update();
        for (Long unitId : unitIds.stream().distinct().toList()) {
            jdbc.sql("insert into task_support_unit (task_id, unit_id) values (?, ?)").params(taskId, unitId).update();
        }
    }

    void replaceAssignees(long taskId, List<Long> personIds) {
        jdbc.sql("delete from task_assignee where task_id = ?").param(taskId).update();
        for (Long personId : personIds.stream().distinct().toList()) {
            jdbc.sql("insert into task_assignee (task_id, person_id) values (?, ?)").params(taskId, personId).update();
        }
    }

    void insertProgress(long taskId, LocalDate on, String author, String note, Integer percent, Long attachmentId) {
        jdbc.sql("""
                insert into task_progress (task_id, reported_on, author, note, percent, attachment_id)
                values (?, ?, ?, ?, ?, ?)""")
                .params(taskId, on, author, note, percent, attachmentId).update();
    }

    List<ProgressEntry> progress(long taskId) {
        return jdbc.sql("""
                select p.id, p.reported_on, p.author, p.note, p.percent, p.attachment_id,
                       a.file_name as attachment_name, p.created_at
                from task_progress p left join attachment a on a.id = p.attachment_id
                where p.task_id = ? order by p.reported_on desc, p.id desc""")
                .param(taskId).query(ProgressEntry.class).list();
    }

    long insertExtension(long taskId, LocalDate requested, LocalDate newDue, LocalDate previousDue, String reason,
            String requestedBy) {
        return jdbc.sql("""
                insert into task_extension (task_id, requested_deadline, new_due, previous_due, reason, requested_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, requested, newDue, previousDue, reason, requestedBy).query(Long.class).single();
    }

    List<ExtensionEntry> extensions(long taskId) {
        return jdbc.sql("""
                select id, requested_deadline, new_due, previous_due, reason, requested_by, requested_at, status,
                       decided_by, decided_on, decision_note, after_overdue
                from task_extension where task_id = ? order by requested_at desc, id desc""")
                .param(taskId).query(ExtensionEntry.class).list();
    }

    Optional<ExtensionEntry> extension(long taskId, long extensionId) {
        return extensions(taskId).stream().filter(e -> e.id() == extensionId).findFirst();
    }

    boolean hasPendingExtension(long taskId) {
        return jdbc.sql("select exists (select 1 from task_extension where task_id = ? and status = 'PENDING')")
                .param(taskId).query(Boolean.class).single();
    }

    /** Decides a pending request only: a second decision finds nothing to update. */
    boolean decideExtension(long extensionId, ExtensionStatus status, String decidedBy, LocalDate decidedOn,
            String note, LocalDate previousDue, boolean afterOverdue) {
        return jdbc.sql("""
                update task_extension set status = ?, decided_by = ?, decided_on = ?, decision_note = ?,
                       previous_due = ?, after_overdue = ?
                where id = ? and status = 'PENDING'""")
                .params(status.name(), decidedBy, decidedOn, note, previousDue, afterOverdue, extensionId)
                .update() == 1;
    }

    List<Long> seriesIds() {
        return jdbc.sql("select id from task where is_series and work_state <> 'DUNG_THUC_HIEN'")
                .query(Long.class).list();
    }

    Optional<Long> agencyOf(long taskId) {
        return jdbc.sql("select agency_id from task where id = ?").param(taskId).query(Long.class).optional();
    }

    void insertUrge(long taskId, String urgedBy, String note) {
        jdbc.sql("insert into task_urge (task_id, urged_by, note) values (?, ?, ?)").params(taskId, urgedBy, note)
                .update();
    }

    List<UrgeEntry> urges(long taskId) {
        return jdbc.sql("select id, urged_by, note, urged_at from task_urge where task_id = ? order by urged_at desc, id desc")
                .param(taskId).query(UrgeEntry.class).list();
    }

    private static final String OPEN_TASK_SELECT = """
            select t.id, t.agency_id, t.content, t.lead_unit_id, u.name as lead_unit_name, t.due_date,
                   coalesce((select array_agg(a.person_id order by a.person_id) from task_assignee a
                             where a.task_id = t.id), '{}') as assignees
            from task t join unit u on u.id = t.lead_unit_id
            where t.completed_on is null and t.halted_on is null and not t.is_series
            """;

    /** Open tasks of every agency due on or before {@code until}: the work of the reminder job. */
    List<OpenTask> openTasksDueBy(LocalDate until) {
        // A completion waiting for the office's confirmation is the office's move, not the unit's: no reminders.
        return jdbc.sql(OPEN_TASK_SELECT + """
                 and t.due_date is not null and t.due_date <= ? and t.reported_on is null
                order by t.agency_id, t.due_date, t.id""")
                .param(until).query((rs, row) -> openTask(rs)).list();
    }

    /** The agency's completions reported by units and waiting for confirmation, the oldest report first. */
    List<AwaitingConfirmation> awaitingConfirmation(long agencyId) {
        return jdbc.sql("""
                select t.id, t.content, u.name as lead_unit_name, t.due_date, t.reported_on, t.reported_by,
                       t.reported_result
                from task t join unit u on u.id = t.lead_unit_id
                where t.agency_id = ? and t.reported_on is not null
                order by t.reported_on, t.id""")
                .param(agencyId).query(AwaitingConfirmation.class).list();
    }

    Optional<OpenTask> openTask(long id) {
        return jdbc.sql(OPEN_TASK_SELECT + " and t.id = ?").param(id).query((rs, row) -> openTask(rs)).optional();
    }

    private static OpenTask openTask(ResultSet rs) throws SQLException {
        return new OpenTask(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("content"),
                rs.getLong("lead_unit_id"), rs.getString("lead_unit_name"),
                java.util.Arrays.asList((Long[]) rs.getArray("assignees").getArray()), date(rs, "due_date"));
    }

    void updateWrittenDue(long taskId, LocalDate writtenDue) {
        jdbc.sql("update task set written_due = ? where id = ?").params(writtenDue, taskId).update();
    }

    LocalDate writtenDue(long taskId) {
        return jdbc.sql("select written_due from task where id = ?").param(taskId)
                .query((rs, row) -> date(rs, "written_due")).optional().orElse(null);
    }

    String periodKey(long taskId) {
        // Null for every task but an occurrence; single() refuses a null value.
        return jdbc.sql("select period_key from task where id = ?").param(taskId).query(String.class).optional()
                .orElse(null);
    }
}
