package vn.nhiemvu.project;

import java.time.LocalDate;

import vn.nhiemvu.shared.Refused;

/**
 * A project (nhiệm vụ KH&CN) as its rules see it (§3). It guards its own transitions and money: a transition only
 * from the states of its row in {@link Lifecycle}, never dated before the current state began or in the future; an
 * event only in the states that allow it (§4.3); disbursements never beyond the approved state budget. Loaded and
 * saved by {@link ProjectRepository} with its version.
 */
class Project {

    final long id;
    final long agencyId;
    final int version;

    String code;
    String title;
    String shortName;
    ProjectLevel level;
    String programme;
    NtmnManagement ntmnManagement;
    DepartmentRole role;
    ProjectType type;
    ProjectOrigin origin;
    boolean supplementary;
    String batch;
    AssignmentMethod assignmentMethod;
    LumpSumMethod lumpSumMethod;
    ScienceField field;
    String fieldDetail;
    String proposer;
    String managingAuthority;
    Long hostId;
    String hostParent;
    Investigator investigator;
    String secretary;
    String partners;
    String locations;
    String objectives;
    String content;
    String methods;
    int startYear;
    Integer durationMonths;
    LocalDate startOn;
    LocalDate endOn;
    LocalDate extendedEndOn;
    LocalDate dossierDueOn;
    Budget budget = Budget.NONE;
    long disbursed;
    long refunded;
    Long unitId;
    Long officerId;
    ProjectState state;
    LocalDate stateSince;
    Outcome outcome;
    ProjectState closedFrom;
    String rating;
    LocalDate acceptedOn;
    String certificateNumber;
    LocalDate certificateOn;
    boolean classified;
    int legalRegime = 2013;
    LocalDate managedFrom;
    LocalDate closedOn;

    Project(long id, long agencyId, int version) {
        this.id = id;
        this.agencyId = agencyId;
        this.version = version;
    }

    /** The end date in force: the extended one when there is one (§3 ngay_ket_thuc_gia_han). */
    LocalDate effectiveEnd() {
        return extendedEndOn != null ? extendedEndOn : endOn;
    }

    /** The Department only co-manages or follows: the ministry decides, guards are advisory (§4.2). */
    boolean coManaged() {
        return role != DepartmentRole.QUAN_LY;
    }

    /** The group reports count a project in: its programme (NTMN, SHTT…) if any, else its level (§6). */
    String portfolioGroup() {
        return programme != null ? programme : level.name();
    }

    Transition transitionFor(LifecycleEvent event) {
        Transition transition = Lifecycle.find(event)
                .orElseThrow(() -> Refused.invalid("project.transition.unknown", String.valueOf(event)));
        if (!transition.allowedFrom(state)) {
            throw Refused.conflict("project.transition.notAllowed", Labels.enumLabel(event), Labels.enumLabel(state));
        }
        return transition;
    }

    /** A transition or event is dated today or earlier, and not before the current state began. */
    void checkDate(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw Refused.invalid("project.date.future", Labels.date(on));
        }
        if (on.isBefore(stateSince)) {
            throw Refused.invalid("project.date.beforeState", Labels.date(on), Labels.date(stateSince),
                    Labels.enumLabel(state));
        }
    }

    void enter(Transition transition, LocalDate on) {
        if (transition.to() == ProjectState.DONG) {
            closedFrom = state;
            closedOn = on;
        }
        state = transition.to();
        outcome = transition.outcome();
        stateSince = on;
        noteManaged(on);
    }

    /** The first day in a managed state: "managed in year Y" runs from it to the closing day (§5). */
    void noteManaged(LocalDate on) {
        if (managedFrom == null && ProjectState.MANAGED.contains(state)) {
            managedFrom = on;
        }
    }

    void recordRating(String rating, LocalDate on) {
        this.rating = rating;
        this.acceptedOn = on;
    }

    /** An administrator reopens a closed record: it returns to the state it was closed from (§4.2). */
    void reopen(LocalDate on) {
        if (state != ProjectState.DONG || closedFrom == null) {
            throw Refused.conflict("project.reopen.notClosed");
        }
        state = closedFrom;
        closedFrom = null;
        outcome = null;
        closedOn = null;
        stateSince = on;
        noteManaged(on);
    }

    void checkActivity(ActivityKind kind) {
        if (!kind.allowedIn(state, outcome)) {
            throw Refused.conflict("project.activity.notAllowed", Labels.enumLabel(kind), Labels.enumLabel(state));
        }
    }

    /** Cấp kinh phí: the sum of disbursements never exceeds the approved state budget (§4.3). */
    void disburse(long amount) {
        requirePositive(amount);
        if (budget.state() == null) {
            throw Refused.invalid("project.disbursement.noBudget");
        }
        if (disbursed + amount > budget.state()) {
            throw Refused.invalid("project.disbursement.overBudget", Labels.money(amount), Labels.money(disbursed),
                    Labels.money(budget.state()));
        }
        disbursed += amount;
    }

    /** Thu hồi kinh phí: never more than went out. */
    void refund(long amount) {
        requirePositive(amount);
        if (refunded + amount > disbursed) {
            throw Refused.invalid("project.refund.overDisbursed", Labels.money(amount), Labels.money(disbursed),
                    Labels.money(refunded));
        }
        refunded += amount;
    }

    private static void requirePositive(long amount) {
        if (amount <= 0) {
            throw Refused.invalid("project.money.positive");
        }
    }

    void extendTo(LocalDate newEnd, LocalDate requestedOn, int previousExtensions, ProjectProperties.Extension limits) {
        ExtensionRule.check(this, newEnd, requestedOn, previousExtensions, limits);
        extendedEndOn = newEnd;
    }

    /** Gia hạn thời gian nộp hồ sơ nghiệm thu: a later dossier deadline. */
    void extendDossierTo(LocalDate newDue, LocalDate currentDue) {
        if (currentDue != null && !newDue.isAfter(currentDue)) {
            throw Refused.invalid("project.dossier.notLater", Labels.date(currentDue));
        }
        dossierDueOn = newDue;
    }

    /** Start and end dates agree (an end date before the start is refused wherever it is given). */
    void checkDates() {
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            throw Refused.invalid("project.dates.endBeforeStart", Labels.date(endOn), Labels.date(startOn));
        }
        if (budget.negative()) {
            throw Refused.invalid("project.money.negative");
        }
    }
}
