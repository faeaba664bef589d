package vn.nhiemvu.report.web;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import vn.nhiemvu.report.ReportingPeriod;

/**
 * The report page's form: a period by kind, year and number (month or quarter), or two dates for a custom one;
 * the as-of date, the issuer by name and the document's date.
 */
record TaskReportForm(ReportingPeriod.Kind kind, Integer year, Integer number,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        String issuer,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {

    /** The fields that choose the period: when one of them changed, the as-of date follows the new period. */
    private static final Set<String> PERIOD_FIELDS = Set.of("kind", "year", "number", "from", "to");

    /**
     * The period asked for: by kind, or by its dates (a standard window given by its dates is named as such);
     * without one, the quarter whose data window holds today.
     */
    ReportingPeriod period(LocalDate today) {
        if (kind == null && from != null && to != null) {
            return ReportingPeriod.recognise(from, to);
        }
        ReportingPeriod.Kind chosen = kind != null ? kind : ReportingPeriod.Kind.QUARTER;
        if (chosen == ReportingPeriod.Kind.CUSTOM) {
            if (from == null && to == null) {
                ReportingPeriod current = ReportingPeriod.containing(ReportingPeriod.Kind.QUARTER, today);
                return ReportingPeriod.custom(current.from(), current.to());
            }
            return ReportingPeriod.custom(from, to);
        }
        ReportingPeriod current = ReportingPeriod.containing(chosen, today);
        int chosenYear = year != null ? year : current.year();
        int perYear = chosen.periodsPerYear();
        int chosenNumber = perYear == 0 ? 0
                : number == null ? current.number() : Math.max(1, Math.min(perYear, number));
        return ReportingPeriod.of(chosen, chosenYear, chosenNumber);
    }

    /**
     * The date the figures are judged on: the one given, unless the period was just changed; by default the
     * period's data cut-off (NĐ 09/2019 Art. 12), or today while the period has not ended.
     */
    LocalDate asOf(ReportingPeriod period, LocalDate today, String changedField) {
        if (asOf != null && (changedField == null || !PERIOD_FIELDS.contains(changedField))) {
            return asOf;
        }
        return period.cutOff().isAfter(today) ? today : period.cutOff();
    }
}
