package vn.nhiemvu.project;

import static vn.nhiemvu.project.ProjectState.CHO_HOP_DONG;
import static vn.nhiemvu.project.ProjectState.CHO_NGHIEM_THU;
import static vn.nhiemvu.project.ProjectState.DANG_NGHIEM_THU;
import static vn.nhiemvu.project.ProjectState.DANG_THUC_HIEN;
import static vn.nhiemvu.project.ProjectState.DE_XUAT;
import static vn.nhiemvu.project.ProjectState.DONG;
import static vn.nhiemvu.project.ProjectState.DUNG;
import static vn.nhiemvu.project.ProjectState.KHONG_DAT;
import static vn.nhiemvu.project.ProjectState.SAU_NGHIEM_THU;
import static vn.nhiemvu.project.ProjectState.TAM_DUNG;
import static vn.nhiemvu.project.ProjectState.THAM_DINH;
import static vn.nhiemvu.project.ProjectState.TUYEN_CHON;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.nhiemvu.shared.Refused;

/**
 * The transition table of §4.2 as data: each row names its event, from-states, to-state (and outcome), documents
 * and guard. {@link ProjectService} looks a row up, checks the state, the document and the guard, and records it.
 */
final class Lifecycle {

    private Lifecycle() {
    }

    static final List<Transition> TRANSITIONS = List.of(
            row(LifecycleEvent.APPROVE_LIST, EnumSet.of(DE_XUAT), TUYEN_CHON, null, Guards.IDENTIFICATION_MINUTES,
                    DocumentKind.QD_PHE_DUYET_DANH_MUC),
            row(LifecycleEvent.REJECT_PROPOSAL, EnumSet.of(DE_XUAT), DONG, Outcome.KHONG_DUOC_XAC_DINH, Guard.NONE,
                    DocumentKind.BB_HD_XAC_DINH, DocumentKind.QD_PHE_DUYET_DANH_MUC, DocumentKind.BIEN_BAN),
            row(LifecycleEvent.APPROVE_SELECTION, EnumSet.of(TUYEN_CHON), THAM_DINH, null,
                    Guards.HOST_AND_INVESTIGATOR.and(Guards.ELIGIBLE), DocumentKind.QD_PHE_DUYET_CHU_TRI),
            row(LifecycleEvent.NO_SELECTION, EnumSet.of(TUYEN_CHON), DONG, Outcome.KHONG_TRIEN_KHAI, Guards.REASON,
                    DocumentKind.THONG_BAO, DocumentKind.BIEN_BAN, DocumentKind.BB_HD_TUYEN_CHON),
            row(LifecycleEvent.APPROVE_PROJECT, EnumSet.of(THAM_DINH), CHO_HOP_DONG, null,
                    Guards.BUDGET_ADDS_UP.and(Guards.DATES_SET), DocumentKind.QD_PHE_DUYET_NHIEM_VU),
            row(LifecycleEvent.SIGN_CONTRACT, EnumSet.of(CHO_HOP_DONG), DANG_THUC_HIEN, null, Guards.DATES_SET,
                    DocumentKind.HOP_DONG),
            row(LifecycleEvent.WITHDRAW, EnumSet.of(TUYEN_CHON, THAM_DINH, CHO_HOP_DONG), DONG, Outcome.KHONG_TRIEN_KHAI,
                    Guards.NO_FUNDS_DISBURSED, DocumentKind.TB_DUNG),
            row(LifecycleEvent.SUSPEND, EnumSet.of(DANG_THUC_HIEN), TAM_DUNG, null, Guard.NONE,
                    DocumentKind.TB_TAM_DUNG, DocumentKind.THONG_BAO),
            row(LifecycleEvent.RESUME, EnumSet.of(TAM_DUNG), DANG_THUC_HIEN, null, Guard.NONE,
                    DocumentKind.VB_TIEP_TUC),
            new Transition(LifecycleEvent.END_TERM, EnumSet.of(DANG_THUC_HIEN), CHO_NGHIEM_THU, null, List.of(), false,
                    Guards.END_DATE_PASSED),
            row(LifecycleEvent.COMPLETE_EARLY, EnumSet.of(DANG_THUC_HIEN), CHO_NGHIEM_THU, null, Guard.NONE,
                    DocumentKind.VB_DE_NGHI_NGHIEM_THU_SOM),
            row(LifecycleEvent.SUBMIT_FOR_ACCEPTANCE, EnumSet.of(CHO_NGHIEM_THU), DANG_NGHIEM_THU, null, Guard.NONE,
                    DocumentKind.HO_SO_NGHIEM_THU),
            row(LifecycleEvent.ACCEPT, EnumSet.of(DANG_NGHIEM_THU), SAU_NGHIEM_THU, null, Guards.RATING_PASSES,
                    DocumentKind.BB_HD_NGHIEM_THU),
            row(LifecycleEvent.FAIL_ACCEPTANCE, EnumSet.of(DANG_NGHIEM_THU), KHONG_DAT, null, Guards.RATING_FAILS,
                    DocumentKind.BB_HD_NGHIEM_THU),
            row(LifecycleEvent.LIQUIDATE, EnumSet.of(SAU_NGHIEM_THU), DONG, Outcome.HOAN_THANH,
                    Guards.CHECKLIST_COMPLETE, DocumentKind.BB_THANH_LY),
            row(LifecycleEvent.REFUND_AND_LIQUIDATE, EnumSet.of(KHONG_DAT), DONG, Outcome.KHONG_DAT,
                    Guards.REFUND_RECORDED, DocumentKind.BB_THANH_LY),
            row(LifecycleEvent.STOP, EnumSet.of(DANG_THUC_HIEN, TAM_DUNG, CHO_NGHIEM_THU), DUNG, null,
                    Guards.TERMINATION_CASE, DocumentKind.QD_DUNG, DocumentKind.QD_CHAM_DUT),
            row(LifecycleEvent.SETTLE_STOPPED, EnumSet.of(DUNG), DONG, Outcome.CHAM_DUT,
                    Guards.REFUND_RECORDED_WHEN_FUNDED, DocumentKind.BB_THANH_LY));

    private static Transition row(LifecycleEvent event, Set<ProjectState> from, ProjectState to, Outcome outcome,
            Guard guard, DocumentKind... documents) {
        return new Transition(event, from, to, outcome, List.of(documents), true, guard);
    }

    static Optional<Transition> find(LifecycleEvent event) {
        return TRANSITIONS.stream().filter(t -> t.event() == event).findFirst();
    }

    /** The transitions a project in this state may take, in table order. */
    static List<Transition> from(ProjectState state) {
        return TRANSITIONS.stream().filter(t -> t.allowedFrom(state)).toList();
    }

    /** The states a record may start in: a proposal, or any state a record already under way may be in. */
    static final Set<ProjectState> START_STATES = EnumSet.of(DE_XUAT, TUYEN_CHON, THAM_DINH, CHO_HOP_DONG,
            DANG_THUC_HIEN, TAM_DUNG, CHO_NGHIEM_THU, DANG_NGHIEM_THU, SAU_NGHIEM_THU, KHONG_DAT, DUNG);

    /** The guards of the table; each answers a refusal with a Vietnamese message key, or null. */
    static final class Guards {

        private Guards() {
        }

        /** Phê duyệt danh mục needs the minutes of the identification council (§4.2). */
        static final Guard IDENTIFICATION_MINUTES = (p, f) -> f.documents().contains(DocumentKind.BB_HD_XAC_DINH)
                ? null : Refused.invalid("project.guard.identificationMinutes");

        static final Guard HOST_AND_INVESTIGATOR = (p, f) -> p.hostId != null && p.investigator != null
                && p.investigator.present() ? null : Refused.invalid("project.guard.hostAndInvestigator");

        /** A principal investigator or host whose project failed acceptance is barred for a while (§4.4). */
        static final Guard ELIGIBLE = (p, f) -> f.ineligibleSince() == null ? null
                : Refused.invalid("project.guard.ineligible", Labels.date(f.ineligibleSince()),
                        f.properties().ineligibleYears());

        static final Guard REASON = (p, f) -> f.reason() != null && !f.reason().isBlank() ? null
                : Refused.invalid("project.guard.reason");

        /** Tổng kinh phí = NSNN + nguồn khác (§4.2, phê duyệt nhiệm vụ). */
        static final Guard BUDGET_ADDS_UP = (p, f) -> {
            Budget budget = p.budget;
            if (budget == null || budget.total() == null || budget.state() == null) {
                return Refused.invalid("project.guard.budgetMissing");
            }
            long other = budget.other() == null ? 0 : budget.other();
            if (budget.total() != budget.state() + other) {
                return Refused.invalid("project.guard.budgetSum", Labels.money(budget.total()),
                        Labels.money(budget.state()), Labels.money(other));
            }
            return null;
        };

        static final Guard DATES_SET = (p, f) -> p.startOn == null || p.endOn == null
                ? Refused.invalid("project.guard.dates") : null;

        static final Guard NO_FUNDS_DISBURSED = (p, f) -> p.disbursed - p.refunded > 0
                ? Refused.invalid("project.guard.fundsDisbursed", Labels.money(p.disbursed - p.refunded)) : null;

        /** Hết thời gian thực hiện: from the day after the (extended) end date. */
        static final Guard END_DATE_PASSED = (p, f) -> p.effectiveEnd() != null && f.on().isAfter(p.effectiveEnd())
                ? null : Refused.invalid("project.guard.endNotPassed", Labels.date(p.effectiveEnd()));

        static final Guard RATING_PASSES = (p, f) -> {
            Refused unknown = knownRating(p, f);
            if (unknown != null) {
                return unknown;
            }
            return f.properties().passes(f.rating()) ? null
                    : Refused.invalid("project.guard.ratingNotPassing", Labels.rating(f.rating()));
        };

        static final Guard RATING_FAILS = (p, f) -> {
            Refused unknown = knownRating(p, f);
            if (unknown != null) {
                return unknown;
            }
            return f.properties().passes(f.rating())
                    ? Refused.invalid("project.guard.ratingPassing", Labels.rating(f.rating())) : null;
        };

        private static Refused knownRating(Project p, GuardFacts f) {
            if (f.rating() == null || f.rating().isBlank()) {
                return Refused.invalid("project.guard.ratingMissing");
            }
            if (!f.properties().scale(p.level).contains(f.rating())) {
                return Refused.invalid("project.guard.ratingUnknown", f.rating(), Labels.enumLabel(p.level));
            }
            return null;
        }

        /** Every item of the after-acceptance checklist, in any order, before liquidation (§4.1). */
        static final Guard CHECKLIST_COMPLETE = (p, f) -> ActivityKind.CHECKLIST.stream()
                .filter(item -> !f.activities().contains(item)).findFirst()
                .map(missing -> Refused.invalid("project.guard.checklist", Labels.enumLabel(missing)))
                .orElse(null);

        static final Guard REFUND_RECORDED = (p, f) -> f.activities().contains(ActivityKind.REFUND) ? null
                : Refused.invalid("project.guard.refundMissing");

        /** After a stop, money that went out is dealt with by a refund decision before liquidation. */
        static final Guard REFUND_RECORDED_WHEN_FUNDED = (p, f) -> p.disbursed == 0
                || f.activities().contains(ActivityKind.REFUND) ? null
                : Refused.invalid("project.guard.refundMissingAfterStop", Labels.money(p.disbursed));

        /** A stop names one of the termination cases (TT 05/2014 model contract, Điều 5). */
        static final Guard TERMINATION_CASE = (p, f) -> f.terminationCase() != null
                && f.properties().terminationCases().contains(f.terminationCase()) ? null
                : Refused.invalid("project.guard.terminationCase");
    }
}
