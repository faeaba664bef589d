package vn.nhiemvu.task;

import java.time.YearMonth;

/**
 * The tasks due in a month and how many of them were completed on time, as of a date (the on-time rate
 * among tasks already due, domain spec §2.8).
 */
public record MonthRate(YearMonth month, int due, int onTime) {

    public Double rate() {
        return due == 0 ? null : 100.0 * onTime / due;
    }
}
