package vn.nhiemvu.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.Dates;

/**
 * A reporting period and its data window: the days whose tasks a report counts. The windows of NĐ 09/2019/NĐ-CP
 * Art. 12 (domain spec §4.1) run from the 15th of the month before the period to the 14th of its last month: a
 * month m is 15/(m−1) → 14/m, the first quarter 15/12 → 14/3, the first half-year 15/12 → 14/6, the year
 * 15/12 → 14/12. The last day of the window is the data cut-off, the date the figures are judged on.
 *
 * @param number the month (1–12) or the quarter (1–4); 0 for the other kinds
 */
public record ReportingPeriod(Kind kind, int year, int number, LocalDate from, LocalDate to) {

    /** The periodic reports of NĐ 09/2019 (and the nine-month one some provinces ask for), or any two dates. */
    public enum Kind {
        MONTH, QUARTER, FIRST_HALF, SECOND_HALF, NINE_MONTHS, YEAR, CUSTOM;

        /** How many numbered periods a year has of this kind (12 months, 4 quarters), else 0. */
        public int periodsPerYear() {
            return this == MONTH ? 12 : this == QUARTER ? 4 : 0;
        }
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportingPeriod {
        if (from == null || to == null) {
            throw Refused.invalid("report.period.required");
        }
        if (to.isBefore(from)) {
            throw Refused.invalid("report.period.endBeforeStart", Dates.format(from), Dates.format(to));
        }
    }

    public static ReportingPeriod month(int year, int month) {
        YearMonth last = YearMonth.of(year, month);
        return new ReportingPeriod(Kind.MONTH, year, month, last.minusMonths(1).atDay(15), last.atDay(14));
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw Refused.invalid("report.period.number.invalid");
        }
        YearMonth last = YearMonth.of(year, quarter * 3);
        return new ReportingPeriod(Kind.QUARTER, year, quarter, last.minusMonths(3).atDay(15), last.atDay(14));
    }

    public static ReportingPeriod firstHalf(int year) {
        return new ReportingPeriod(Kind.FIRST_HALF, year, 0, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14));
    }

    public static ReportingPeriod secondHalf(int year) {
        return new ReportingPeriod(Kind.SECOND_HALF, year, 0, LocalDate.of(year, 6, 15), LocalDate.of(year, 12, 14));
    }

    /** Not in NĐ 09/2019; provinces that ask for it use 15/12 → 14/9 (domain spec §4.1, unconfirmed). */
    public static ReportingPeriod nineMonths(int year) {
        return new ReportingPeriod(Kind.NINE_MONTHS, year, 0, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 9, 14));
    }

    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(Kind.YEAR, year, 0, LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
    }

    public static ReportingPeriod custom(LocalDate from, LocalDate to) {
        return new ReportingPeriod(Kind.CUSTOM, to == null ? 0 : to.getYear(), 0, from, to);
    }

    /** The period of a kind, a year and (for months and quarters) a number; a number out of range is refused. */
    public static ReportingPeriod of(Kind kind, int year, int number) {
        if (year < 1900 || year > 9999) {
            throw Refused.invalid("report.period.year.invalid");
        }
        if (kind.periodsPerYear() > 0 && (number < 1 || number > kind.periodsPerYear())) {
            throw Refused.invalid("report.period.number.invalid");
        }
        return switch (kind) {
            case MONTH -> month(year, number);
            case QUARTER -> quarter(year, number);
            case FIRST_HALF -> firstHalf(year);
            case SECOND_HALF -> secondHalf(year);
            case NINE_MONTHS -> nineMonths(year);
            case YEAR -> year(year);
            case CUSTOM -> throw new IllegalArgumentException("a custom period has dates, not a number");
        };
    }

    /** The period of this kind whose window holds the day: 20/12/2025 lies in the first quarter of 2026. */
    public static ReportingPeriod containing(Kind kind, LocalDate day) {
        int year = day.getMonthValue() == 12 && day.getDayOfMonth() >= 15 ? day.getYear() + 1 : day.getYear();
        return switch (kind) {
            case MONTH -> {
                YearMonth month = YearMonth.from(day.getDayOfMonth() >= 15 ? day.plusMonths(1) : day);
                yield month(month.getYear(), month.getMonthValue());
            }
            case QUARTER -> {
                for (int q = 1; q <= 4; q++) {
                    ReportingPeriod candidate = quarter(year, q);
                    if (candidate.holds(day)) {
                        yield candidate;
                    }
                }
                throw new IllegalStateException("no quarter holds " + day);
            }
            case FIRST_HALF, SECOND_HALF -> firstHalf(year).holds(day) ? firstHalf(year) : secondHalf(year);
            case NINE_MONTHS -> nineMonths(year);
            case YEAR -> year(year);
            case CUSTOM -> custom(day, day);
        };
    }

    /** The standard period with exactly these dates, or a custom one: 15/12/2022–14/03/2023 is the first quarter of 2023. */
    public static ReportingPeriod recognise(LocalDate from, LocalDate to) {
        ReportingPeriod custom = custom(from, to);
        int year = to.getYear();
        List<ReportingPeriod> candidates = new java.util.ArrayList<>(List.of(year(year), firstHalf(year),
                secondHalf(year), nineMonths(year)));
        for (int q = 1; q <= 4; q++) {
            candidates.add(quarter(year, q));
        }
        for (int m = 1; m <= 12; m++) {
            candidates.add(month(year, m));
        }
        return candidates.stream().filter(p -> p.from.equals(from) && p.to.equals(to)).findFirst().orElse(custom);
    }

    public boolean holds(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The data cut-off (NĐ 09/2019 Art. 12): the last day of the window. */
    public LocalDate cutOff() {
        return to;
    }

    /** As a document names it: "quý I năm 2023", "6 tháng đầu năm 2023", "từ ngày 15/12/2022 đến ngày 14/03/2023". */
    public String label() {
        return switch (kind) {
            case MONTH -> "tháng " + number + " năm " + year;
            case QUARTER -> "quý " + ROMAN[number - 1] + " năm " + year;
            case FIRST_HALF -> "6 tháng đầu năm " + year;
            case SECOND_HALF -> "6 tháng cuối năm " + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEAR -> "năm " + year;
            case CUSTOM -> "từ ngày " + Dates.format(from) + " đến ngày " + Dates.format(to);
        };
    }

    /**
     * The period after this one, which the second half of a periodic report plans ("nhiệm vụ công tác quý II"); the
     * last quarter after nine months; none after a custom period.
     */
    public ReportingPeriod next() {
        return switch (kind) {
            case MONTH -> number == 12 ? month(year + 1, 1) : month(year, number + 1);
            case QUARTER -> number == 4 ? quarter(year + 1, 1) : quarter(year, number + 1);
            case FIRST_HALF -> secondHalf(year);
            case SECOND_HALF -> firstHalf(year + 1);
            case NINE_MONTHS -> quarter(year, 4);
            case YEAR -> year(year + 1);
            case CUSTOM -> null;
        };
    }

    /** "trong quý I năm 2023", or the custom range as it is. */
    public String during() {
        return kind == Kind.CUSTOM ? label() : "trong " + label();
    }

    public static String roman(int quarter) {
        return ROMAN[quarter - 1];
    }
}
