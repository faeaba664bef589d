package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.shared.Refused;

/**
 * An assigned task (nhiệm vụ được giao) as its rules see it. It guards its own transitions: a completed
 * task is not completed twice, a completion is not in the future, a deadline is not extended while a
 * request is pending. Loaded and saved by {@link TaskRepository} with its version.
 */
class AssignedTask {

    final long id;
    final long agencyId;
    final Long directiveId;
    final Long parentId;
    final Long seriesId;
    final boolean series;
    long issuerId;
    String content;
    long leadUnitId;
    List<Long> supportUnitIds;
    List<Long> assigneeIds;
    LocalDate assignedOn;
    Deadline deadline;
    LocalDate originalDue;
    LocalDate dueDate;
    LocalDate extendedOn;
    WorkState workState;
    LocalDate startedOn;
    LocalDate haltedOn;
    LocalDate completedOn;
    String result;
    Long resultAttachmentId;
    /** A completion a unit reported, waiting for the office's confirmation (domain spec §2.5.7). */
    LocalDate reportedOn;
    String reportedResult;
    String reportedBy;
    final int version;

    AssignedTask(long id, long agencyId, Long directiveId, Long parentId, Long seriesId, boolean series,
            long issuerId, String content, long leadUnitId, List<Long> supportUnitIds, List<Long> assigneeIds,
            LocalDate assignedOn, Deadline deadline, LocalDate originalDue, LocalDate dueDate, LocalDate extendedOn,
            WorkState workState, LocalDate startedOn, LocalDate haltedOn, LocalDate completedOn, String result,
            Long resultAttachmentId, int version) {
        this.id = id;
        this.agencyId = agencyId;
        this.directiveId = directiveId;
        this.parentId = parentId;
        this.seriesId = seriesId;
        this.series = series;
        this.issuerId = issuerId;
        this.content = content;
        this.leadUnitId = leadUnitId;
        this.supportUnitIds = supportUnitIds;
        this.assigneeIds = assigneeIds;
        this.assignedOn = assignedOn;
        this.deadline = deadline;
        this.originalDue = originalDue;
        this.dueDate = dueDate;
        this.extendedOn = extendedOn;
        this.workState = workState;
        this.startedOn = startedOn;
        this.haltedOn = haltedOn;
        this.completedOn = completedOn;
        this.result = result;
        this.resultAttachmentId = resultAttachmentId;
        this.version = version;
    }

    TaskStatus statusOn(LocalDate asOf) {
        return StatusRule.statusOf(completedOn, dueDate, startedOn, haltedOn, workState, asOf);
    }

    boolean completed() {
        return completedOn != null;
    }

    void recordProgress(LocalDate on, LocalDate today) {
        requireOpenForWork();
        if (on.isAfter(today)) {
            throw Refused.invalid("task.progress.future");
        }
        if (workState == WorkState.CHUA_TRIEN_KHAI || workState == WorkState.TAM_DUNG) {
            workState = WorkState.DANG_THUC_HIEN;
            haltedOn = null;
        }
        if (startedOn == null || startedOn.isAfter(on)) {
            startedOn = on;
        }
    }

    void complete(LocalDate on, String resultDocument, Long attachmentId, LocalDate today) {
        checkCompletion(on, today);
        completedOn = on;
        result = resultDocument;
        resultAttachmentId = attachmentId;
        workState = WorkState.HOAN_THANH;
        haltedOn = null;
        clearReport();
        startedBy(on);
    }

    /** Where the office confirms completions, a unit's completion waits in CHO_XAC_NHAN (§2.5.7). */
    void reportCompletion(LocalDate on, String resultDocument, Long attachmentId, String reporter, LocalDate today) {
        checkCompletion(on, today);
        if (awaitingConfirmation()) {
            throw Refused.conflict("task.completion.alreadyReported");
        }
        reportedOn = on;
        reportedResult = resultDocument;
        reportedBy = reporter;
        resultAttachmentId = attachmentId;
        workState = WorkState.CHO_XAC_NHAN;
        haltedOn = null;
        startedBy(on);
    }

    /** The confirmed completion date is the date the unit reported, not the day of confirmation (§2.5.7). */
    void confirmCompletion() {
        if (!awaitingConfirmation()) {
            throw Refused.conflict("task.completion.nothingToConfirm");
        }
        completedOn = reportedOn;
        result = reportedResult;
        workState = WorkState.HOAN_THANH;
        clearReport();
    }

    void returnCompletion() {
        if (!awaitingConfirmation()) {
            throw Refused.conflict("task.completion.nothingToConfirm");
        }
        resultAttachmentId = null;
        workState = WorkState.DANG_THUC_HIEN;
        clearReport();
    }

    boolean awaitingConfirmation() {
        return reportedOn != null;
    }

    private void checkCompletion(LocalDate on, LocalDate today) {
        if (completed()) {
            throw Refused.conflict("task.alreadyCompleted");
        }
        requireOpenForWork();
        if (on.isAfter(today)) {
            throw Refused.invalid("task.completion.future");
        }
        if (on.isBefore(assignedOn)) {
            throw Refused.invalid("task.completion.beforeAssigned");
        }
    }

    private void startedBy(LocalDate on) {
        if (startedOn == null || startedOn.isAfter(on)) {
            startedOn = on;
        }
    }

    private void clearReport() {
        reportedOn = null;
        reportedResult = null;
        reportedBy = null;
    }

    /** Undoes a completion recorded by mistake; the audit trail keeps what it was. */
    void reopen() {
        if (!completed()) {
            throw Refused.conflict("task.notCompleted");
        }
        completedOn = null;
        result = null;
        resultAttachmentId = null;
        workState = WorkState.DANG_THUC_HIEN;
    }

    void changeState(WorkState state, LocalDate on) {
        if (completed() || state == WorkState.HOAN_THANH || state == WorkState.CHO_XAC_NHAN) {
            throw Refused.conflict("task.state.useCompletion");
        }
        if (awaitingConfirmation()) {
            throw Refused.conflict("task.completion.awaitingConfirmation");
        }
        if (state.halted()) {
            haltedOn = on;
        } else {
            haltedOn = null;
        }
        if (state == WorkState.CHUA_TRIEN_KHAI) {
            startedOn = null;
        } else if (startedOn == null && !state.halted()) {
            startedOn = on;
        }
        workState = state;
    }

    /**
     * A unit asks for a later deadline. It must be filed before the due date passes (domain spec §2.6.1,
     * setting extension_lead_working_days, default 0) and changes nothing until a leader decides (§2.6.2).
     */
    void checkExtensionRequest(LocalDate requestedDue, boolean pendingExists, LocalDate today) {
        requireOpenForWork();
        if (completed()) {
            throw Refused.conflict("task.alreadyCompleted");
        }
        if (dueDate == null) {
            throw Refused.invalid("task.extension.noDeadline");
        }
        if (pendingExists) {
            throw Refused.conflict("task.extension.pendingExists");
        }
        if (today.isAfter(dueDate)) {
            throw Refused.invalid("task.extension.tooLate");
        }
        if (!requestedDue.isAfter(dueDate)) {
            throw Refused.invalid("task.extension.notLater");
        }
    }

    /** Approval sets the due date used from the decision on; the old one stays in the history (§2.6.3). */
    void extendTo(LocalDate newDue, LocalDate decidedOn) {
        dueDate = newDue;
        extendedOn = decidedOn;
    }

    private void requireOpenForWork() {
        if (workState == WorkState.DUNG_THUC_HIEN) {
            throw Refused.conflict("task.stopped");
        }
        if (series) {
            throw Refused.invalid("task.series.useOccurrence");
        }
    }
}
