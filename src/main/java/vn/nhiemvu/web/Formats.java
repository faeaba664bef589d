package vn.nhiemvu.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.nhiemvu.NhiemVuApplication;

/** Dates as pages show them (dd/MM/yyyy), for templates: {@code ${@fmt.date(task.dueDate())}}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(NhiemVuApplication.ZONE));
    }

    /** Report counts: 1–9 with two digits ("06"), zero as "0" (domain spec §2.7.2, house style). */
    public String count(int n) {
        return n > 0 && n < 10 ? "0" + n : String.valueOf(n);
    }

    public String percent(Double value) {
        return value == null ? "—" : String.format("%.1f%%", value).replace('.', ',');
    }
}
