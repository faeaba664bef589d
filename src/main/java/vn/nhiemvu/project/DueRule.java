package vn.nhiemvu.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is due next on a project as of a day: the end of the execution time, the next periodic report (every
 * {@code periodic-report-months} from the start, §4.3), the acceptance dossier ({@code dossier-days} after the end,
 * or the extended deadline), the registration of results within {@code registration-days} of the acceptance
 * (TT 14/2014), the missing checklist items, the refund and the liquidation.
 */
final class DueRule {

    private DueRule() {
    }

    static List<DueItem> dueOf(Project p, ProjectProperties settings, LocalDate today, LocalDate lastPeriodicReport,
            Map<ActivityKind, LocalDate> done) {
        List<DueItem> due = new ArrayList<>();
        switch (p.state) {
            case DE_XUAT -> due.add(item("project.due.identification", null, today));
            case TUYEN_CHON -> due.add(item("project.due.selection", null, today));
            case THAM_DINH -> due.add(item("project.due.appraisal", null, today));
            case CHO_HOP_DONG -> due.add(item("project.due.contract", null, today));
            case DANG_THUC_HIEN -> {
                LocalDate next = nextPeriodicReport(p, settings, lastPeriodicReport);
                if (next != null && (p.effectiveEnd() == null || !next.isAfter(p.effectiveEnd()))) {
                    due.add(item("project.due.periodicReport", next, today));
                }
                if (p.effectiveEnd() != null) {
                    due.add(item("project.due.endOfTerm", p.effectiveEnd(), today));
                }
            }
            case TAM_DUNG -> due.add(item("project.due.resume", null, today));
            case CHO_NGHIEM_THU -> due.add(item("project.due.dossier", dossierDue(p, settings), today));
            case DANG_NGHIEM_THU -> due.add(item("project.due.council", null, today));
            case SAU_NGHIEM_THU -> {
                if (!done.containsKey(ActivityKind.REGISTRATION)) {
                    due.add(item("project.due.registration",
                            p.acceptedOn == null ? null : p.acceptedOn.plusDays(settings.registrationDays()), today));
                }
                for (ActivityKind item : ActivityKind.CHECKLIST) {
                    if (item != ActivityKind.REGISTRATION && !done.containsKey(item)) {
                        due.add(item("project.due.checklist." + item.name(), null, today));
                    }
                }
                due.add(item("project.due.liquidation", null, today));
            }
            case KHONG_DAT -> {
                if (!done.containsKey(ActivityKind.REFUND)) {
                    due.add(item("project.due.refund", null, today));
                }
                due.add(item("project.due.liquidation", null, today));
            }
            case DUNG -> {
                if (p.disbursed > 0 && !done.containsKey(ActivityKind.REFUND)) {
                    due.add(item("project.due.refund", null, today));
                }
                due.add(item("project.due.liquidation", null, today));
            }
            case DONG -> {
            }
        }
        return due;
    }

    /** The acceptance dossier is due {@code dossier-days} after the (extended) end, unless a later date was granted. */
    static LocalDate dossierDue(Project p, ProjectProperties settings) {
        if (p.dossierDueOn != null) {
            return p.dossierDueOn;
        }
        return p.effectiveEnd() == null ? null : p.effectiveEnd().plusDays(settings.dossierDays());
    }

    static LocalDate nextPeriodicReport(Project p, ProjectProperties settings, LocalDate lastReport) {
        if (p.startOn == null || settings.periodicReportMonths() <= 0) {
            return null;
        }
        LocalDate next = p.startOn.plusMonths(settings.periodicReportMonths());
        while (lastReport != null && !next.isAfter(lastReport)) {
            next = next.plusMonths(settings.periodicReportMonths());
        }
        return next;
    }

    private static DueItem item(String key, LocalDate date, LocalDate today) {
        return new DueItem(key, date, date != null && date.isBefore(today));
    }
}
