package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.IntegrationTest;

/**
 * The SQL twins of {@link StatusRule} that lists and counts use: {@code task_status} gives the same status as
 * the Java rule, and {@code task_due_as_of} the due date in force on a date.
 */
@IntegrationTest
class StatusRuleSqlTests {

    private static final LocalDate WINDOW = LocalDate.of(2024, 2, 20);
    private static final int CASES = 4000;
    private static final int BATCH = 500;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    record Case(LocalDate completedOn, LocalDate due, LocalDate startedOn, LocalDate haltedOn, WorkState state,
            LocalDate asOf) {

        TaskStatus java() {
            return StatusRule.statusOf(completedOn, due, startedOn, haltedOn, state, asOf);
        }
    }

    @Test
    void agreesWithTheJavaRuleOnThousandsOfCases() {
        Random random = new Random(20230314L);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(new Case(maybeDay(random), maybeDay(random), maybeDay(random), maybeDay(random),
                    WorkState.values()[random.nextInt(WorkState.values().length)], day(random)));
        }
        List<String> disagreements = new ArrayList<>();
        Set<TaskStatus> seen = EnumSet.noneOf(TaskStatus.class);
        for (int from = 0; from < cases.size(); from += BATCH) {
            List<Case> batch = cases.subList(from, Math.min(from + BATCH, cases.size()));
            List<String> sql = sqlStatuses(batch);
            assertThat(sql).hasSameSizeAs(batch);
            for (int i = 0; i < batch.size(); i++) {
                TaskStatus expected = batch.get(i).java();
                seen.add(expected);
                if (!expected.name().equals(sql.get(i))) {
                    disagreements.add(batch.get(i) + ": Java " + expected + ", SQL " + sql.get(i));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(seen).as("the cases reach every status").containsExactlyInAnyOrder(TaskStatus.values());
    }

    @Test
    void agreesWithTheJavaRuleOnTheBoundariesOfTheSpec() {
        LocalDate r = WINDOW;
        List<Case> cases = List.of(
                new Case(r, r, r, null, WorkState.HOAN_THANH, r),
                new Case(r.plusDays(1), r, r, null, WorkState.HOAN_THANH, r.plusDays(1)),
                new Case(r.plusDays(1), r.plusDays(3), r, null, WorkState.HOAN_THANH, r),
                new Case(null, r, r.minusDays(1), null, WorkState.DANG_THUC_HIEN, r),
                new Case(null, r.minusDays(1), r.minusDays(1), null, WorkState.DANG_THUC_HIEN, r),
                new Case(null, null, null, null, WorkState.CHUA_TRIEN_KHAI, r),
                new Case(null, r.minusDays(1), null, null, WorkState.CHUA_TRIEN_KHAI, r),
                new Case(null, r.plusDays(1), r.plusDays(1), null, WorkState.DANG_THUC_HIEN, r),
                new Case(null, r.minusDays(5), r.minusDays(9), r, WorkState.TAM_DUNG, r),
                new Case(null, r.minusDays(5), r.minusDays(9), r, WorkState.DUNG_THUC_HIEN, r),
                new Case(null, r.minusDays(5), r.minusDays(9), r.plusDays(1), WorkState.DUNG_THUC_HIEN, r),
                new Case(null, r.plusDays(5), r.minusDays(9), r.minusDays(1), WorkState.DANG_THUC_HIEN, r));
        assertThat(sqlStatuses(cases)).containsExactlyElementsOf(
                cases.stream().map(c -> c.java().name()).toList());
    }

    /** One query per batch: the cases as parallel arrays, unnested in order. */
    private List<String> sqlStatuses(List<Case> batch) {
        return jdbc.sql("""
                select task_status(c.completed_on, c.due, c.started_on, c.halted_on, c.work_state, c.as_of)
                from unnest(cast(? as date[]), cast(? as date[]), cast(? as date[]), cast(? as date[]),
                            cast(? as text[]), cast(? as date[]))
                     with ordinality as c(completed_on, due, started_on, halted_on, work_state, as_of, n)
                order by c.n""")
                .params(array(batch, Case::completedOn), array(batch, Case::due), array(batch, Case::startedOn),
                        array(batch, Case::haltedOn), array(batch, Case::state), array(batch, Case::asOf))
                .query(String.class).list();
    }

    private static String array(List<Case> batch, Function<Case, Object> column) {
        return batch.stream().map(column).map(value -> value == null ? "NULL" : value.toString())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** Dates in three weeks, so that equal dates and neighbouring days come up often. */
    private static LocalDate day(Random random) {
        return WINDOW.plusDays(random.nextInt(21));
    }

    private static LocalDate maybeDay(Random random) {
        return random.nextInt(4) == 0 ? null : day(random);
    }

    // ----- task_due_as_of

    @Test
    void usesTheOldDueDateBeforeAnApprovedExtensionIsDecidedAndTheNewOneFromThatDay() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long task = insertTask(LocalDate.of(2019, 3, 10), LocalDate.of(2019, 4, 10), LocalDate.of(2019, 3, 8));
            insertExtension(task, LocalDate.of(2019, 4, 10), LocalDate.of(2019, 3, 10), "APPROVED",
                    LocalDate.of(2019, 3, 8));

            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 1))).isEqualTo(LocalDate.of(2019, 3, 10));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 7))).isEqualTo(LocalDate.of(2019, 3, 10));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 8))).isEqualTo(LocalDate.of(2019, 4, 10));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 9))).isEqualTo(LocalDate.of(2019, 4, 10));
            assertThat(dueAsOf(task, LocalDate.of(2019, 5, 1))).isEqualTo(LocalDate.of(2019, 4, 10));
        });
    }

    @Test
    void usesEachApprovedExtensionFromItsOwnDecisionAndIgnoresRejectedOnes() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long task = insertTask(LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 31), LocalDate.of(2019, 3, 15));
            insertExtension(task, LocalDate.of(2019, 3, 20), LocalDate.of(2019, 3, 10), "APPROVED",
                    LocalDate.of(2019, 3, 5));
            insertExtension(task, LocalDate.of(2019, 4, 30), LocalDate.of(2019, 3, 20), "REJECTED",
                    LocalDate.of(2019, 3, 12));
            insertExtension(task, LocalDate.of(2019, 3, 31), LocalDate.of(2019, 3, 20), "APPROVED",
                    LocalDate.of(2019, 3, 15));

            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 4))).isEqualTo(LocalDate.of(2019, 3, 10));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 5))).isEqualTo(LocalDate.of(2019, 3, 20));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 13))).isEqualTo(LocalDate.of(2019, 3, 20));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 14))).isEqualTo(LocalDate.of(2019, 3, 20));
            assertThat(dueAsOf(task, LocalDate.of(2019, 3, 15))).isEqualTo(LocalDate.of(2019, 3, 31));
        });
    }

    @Test
    void usesTheDueDateOfATaskNeverExtended() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long task = insertTask(LocalDate.of(2019, 3, 10), LocalDate.of(2019, 3, 10), null);
            assertThat(dueAsOf(task, LocalDate.of(2019, 1, 1))).isEqualTo(LocalDate.of(2019, 3, 10));
            assertThat(dueAsOf(task, LocalDate.of(2019, 12, 31))).isEqualTo(LocalDate.of(2019, 3, 10));
        });
    }

    private LocalDate dueAsOf(long task, LocalDate asOf) {
        return jdbc.sql("""
                select task_due_as_of(t.id, t.due_date, t.extended_on, t.original_due, ?) from task t where t.id = ?""")
                .params(asOf, task).query(LocalDate.class).single();
    }

    /** A task of the demo Department; the caller's transaction is rolled back, so nobody else sees it. */
    private long insertTask(LocalDate originalDue, LocalDate due, LocalDate extendedOn) {
        long agency = jdbc.sql("select agency_id from account where username = 'vanphong'").query(Long.class)
                .single();
        long unit = jdbc.sql("select id from unit where agency_id = ? and code = 'QLKH'").param(agency)
                .query(Long.class).single();
        long issuer = jdbc.sql("select min(id) from issuer where agency_id = ?").param(agency).query(Long.class)
                .single();
        return jdbc.sql("""
                insert into task (agency_id, issuer_id, content, lead_unit_id, assigned_on, deadline_kind,
                                  deadline_value, written_due, original_due, due_date, extended_on, work_state,
                                  started_on, created_by)
                values (?, ?, 'Nhiệm vụ thử gia hạn', ?, date '2019-03-01', 'DATE', ?, ?, ?, ?, ?, 'DANG_THUC_HIEN',
                        date '2019-03-01', 'test')
                returning id""")
                .params(agency, issuer, unit, originalDue.toString(), originalDue, originalDue, due, extendedOn)
                .query(Long.class).single();
    }

    private void insertExtension(long task, LocalDate newDue, LocalDate previousDue, String status,
            LocalDate decidedOn) {
        jdbc.sql("""
                insert into task_extension (task_id, requested_deadline, new_due, previous_due, reason, requested_by,
                                            status, decided_by, decided_on)
                values (?, ?, ?, ?, 'Chờ số liệu', 'test', ?, 'test', ?)""")
                .params(task, newDue, newDue, previousDue, status, decidedOn).update();
    }
}
