package vn.nhiemvu.task;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese users write them: dd/MM/yyyy. */
public final class Dates {

    public static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : VIETNAMESE.format(date);
    }
}
