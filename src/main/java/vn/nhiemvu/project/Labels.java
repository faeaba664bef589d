package vn.nhiemvu.project;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Arguments of refusals as users read them: dates dd/MM/yyyy, money with dots ("1.500.000"), and enum values as
 * their message keys, which the message source resolves in the user's language.
 */
final class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Labels() {
    }

    static String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    static String money(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    static MessageSourceResolvable enumLabel(Enum<?> value) {
        String code = "project." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return new DefaultMessageSourceResolvable(new String[] {code}, value.name());
    }

    static MessageSourceResolvable rating(String rating) {
        return new DefaultMessageSourceResolvable(new String[] {"project.rating." + rating}, rating);
    }
}
