package vn.nhiemvu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.Refused;

/** The rules that need no database: the transition table, extensions, what is due, conflicts of interest. */
class ProjectRulesTests {

    private static final ProjectProperties SETTINGS = ProjectProperties.defaults();

    private static Project executing(LocalDate start, LocalDate end, Integer months) {
        Project p = new Project(1, 1, 0);
        p.level = ProjectLevel.TINH;
        p.role = DepartmentRole.QUAN_LY;
        p.state = ProjectState.DANG_THUC_HIEN;
        p.stateSince = start;
        p.startOn = start;
        p.endOn = end;
        p.durationMonths = months;
        p.investigator = new Investigator("Nguyễn Văn An", "TS.", null);
        return p;
    }

    @Test
    void everyStateButClosedHasAWayOutAndEveryTransitionDocumentsItself() {
        for (ProjectState state : ProjectState.values()) {
            if (state != ProjectState.DONG) {
                assertThat(Lifecycle.from(state)).as(state.name()).isNotEmpty();
            }
        }
        for (Transition t : Lifecycle.TRANSITIONS) {
            assertThat(t.documentRequired() ? !t.documents().isEmpty() : t.event() == LifecycleEvent.END_TERM)
                    .as(t.event().name()).isTrue();
            assertThat(t.to() == ProjectState.DONG).as(t.event().name()).isEqualTo(t.outcome() != null);
        }
        assertThat(Lifecycle.from(ProjectState.DANG_THUC_HIEN)).extracting(Transition::event).containsExactly(
                LifecycleEvent.SUSPEND, LifecycleEvent.END_TERM, LifecycleEvent.COMPLETE_EARLY, LifecycleEvent.STOP);
    }

    @Test
    void refusesATransitionFromAStateItDoesNotStartFrom() {
        Project p = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 24);
        assertThatThrownBy(() -> p.transitionFor(LifecycleEvent.SIGN_CONTRACT)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("project.transition.notAllowed");
        assertThat(p.transitionFor(LifecycleEvent.SUSPEND).to()).isEqualTo(ProjectState.TAM_DUNG);
    }

    @Test
    void extendsALongProjectByTwelveMonthsAtMostAndAShortOneBySix() {
        Project longOne = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 24);
        longOne.extendTo(LocalDate.of(2026, 12, 31), LocalDate.of(2025, 11, 1), 0, SETTINGS.extension());
        assertThat(longOne.effectiveEnd()).isEqualTo(LocalDate.of(2026, 12, 31));

        Project shortOne = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30), null);
        assertThat(ExtensionRule.months(shortOne)).isEqualTo(18);
        assertThatThrownBy(() -> shortOne.extendTo(LocalDate.of(2026, 1, 31), LocalDate.of(2025, 6, 1), 0,
                SETTINGS.extension())).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("project.extension.beyondLimit");
        assertThatThrownBy(() -> shortOne.extendTo(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 7, 1), 0,
                SETTINGS.extension())).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("project.extension.tooLate");
        assertThatThrownBy(() -> shortOne.extendTo(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 6, 1), 1,
                SETTINGS.extension())).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("project.extension.tooMany");
        // The request may be filed on the end date itself; the limit counts from the original end.
        shortOne.extendTo(LocalDate.of(2025, 12, 30), LocalDate.of(2025, 6, 30), 0, SETTINGS.extension());
        assertThat(shortOne.extendedEndOn).isEqualTo(LocalDate.of(2025, 12, 30));
    }

    @Test
    void neverDisbursesBeyondTheApprovedStateBudget() {
        Project p = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 24);
        p.budget = new Budget(1_000L, 800L, 200L, null);
        p.disburse(500);
        p.disburse(300);
        assertThatThrownBy(() -> p.disburse(1)).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("project.disbursement.overBudget");
        assertThatThrownBy(() -> p.refund(801)).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("project.refund.overDisbursed");
        p.refund(800);
        assertThat(p.refunded).isEqualTo(800);
    }

    @Test
    void saysWhatIsDueNextInEachState() {
        Project p = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 24);
        List<DueItem> due = DueRule.dueOf(p, SETTINGS, LocalDate.of(2024, 8, 1), LocalDate.of(2024, 6, 30), Map.of());
        assertThat(due).extracting(DueItem::key, DueItem::date, DueItem::overdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("project.due.periodicReport", LocalDate.of(2024, 7, 1), true),
                org.assertj.core.groups.Tuple.tuple("project.due.endOfTerm", LocalDate.of(2025, 12, 31), false));

        p.state = ProjectState.SAU_NGHIEM_THU;
        p.acceptedOn = LocalDate.of(2026, 2, 1);
        due = DueRule.dueOf(p, SETTINGS, LocalDate.of(2026, 2, 10), null, Map.of(ActivityKind.RECOGNITION,
                LocalDate.of(2026, 2, 5)));
        assertThat(due).extracting(DueItem::key).containsExactly("project.due.registration",
                "project.due.checklist.DOSSIER_COMPLETED", "project.due.checklist.SETTLEMENT",
                "project.due.checklist.ASSETS_HANDLED", "project.due.liquidation");
        assertThat(due.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 3));

        p.state = ProjectState.CHO_NGHIEM_THU;
        assertThat(DueRule.dossierDue(p, SETTINGS)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void findsAConflictOfInterestWhateverTheDiacriticsOrSpaces() {
        Project p = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 24);
        assertThat(ConflictRule.conflictOf("nguyen van  AN", null, p, null)).isNotNull();
        assertThat(ConflictRule.conflictOf("Lê Thị Hoa", "Khoa Nông học, Trường Đại học Nông Lâm Bắc Giang", p,
                "Trường Đại học Nông Lâm Bắc Giang")).extracting(Refused::messageKey)
                .isEqualTo("project.council.conflict.host");
        assertThat(ConflictRule.conflictOf("Lê Thị Hoa", "Sở Y tế", p, "Trường Đại học Nông Lâm Bắc Giang")).isNull();
    }

    @Test
    void guardsTheChecklistBeforeLiquidation() {
        Project p = executing(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 24);
        Set<ActivityKind> done = EnumSet.of(ActivityKind.DOSSIER_COMPLETED, ActivityKind.RECOGNITION,
                ActivityKind.REGISTRATION, ActivityKind.SETTLEMENT);
        GuardFacts facts = new GuardFacts(LocalDate.of(2026, 3, 1), Set.of(), done, null, null, null, null, SETTINGS);
        assertThat(Lifecycle.Guards.CHECKLIST_COMPLETE.check(p, facts)).isNotNull();
        done.add(ActivityKind.ASSETS_HANDLED);
        assertThat(Lifecycle.Guards.CHECKLIST_COMPLETE.check(p, facts)).isNull();
    }
}
