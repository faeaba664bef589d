package vn.nhiemvu.project;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The councils of a month as an agenda, week by week (Monday to Sunday, the weeks that touch the month), optionally
 * of one kind; {@link #previous()} and {@link #next()} lead to the neighbouring months.
 */
public record CouncilCalendar(YearMonth month, CouncilKind kind, List<Week> weeks, int total) {

    /** One week of the agenda, its days clipped to the month, and its meetings by date. */
    public record Week(LocalDate from, LocalDate to, List<CouncilMeeting> meetings) {
    }

    static CouncilCalendar of(YearMonth month, CouncilKind kind, List<CouncilMeeting> meetings) {
        List<Week> weeks = new ArrayList<>();
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        while (!monday.isAfter(month.atEndOfMonth())) {
            LocalDate from = monday.isBefore(month.atDay(1)) ? month.atDay(1) : monday;
            LocalDate sunday = monday.plusDays(6);
            LocalDate to = sunday.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : sunday;
            weeks.add(new Week(from, to, meetings.stream()
                    .filter(m -> !m.meetingOn().isBefore(from) && !m.meetingOn().isAfter(to)).toList()));
            monday = monday.plusWeeks(1);
        }
        return new CouncilCalendar(month, kind, weeks, meetings.size());
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }

    /** A month as pages name it: "03/2026". */
    public String label(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }
}
