package vn.nhiemvu.report;

import java.time.LocalDate;
import java.util.Locale;

import vn.nhiemvu.task.Dates;

/**
 * How official documents write numbers, dates and names: the house style of the sample reports and the rules of
 * NĐ 30/2020/NĐ-CP Phụ lục I.
 */
final class Wording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Wording() {
    }

    /** Report counts: 1–9 with two digits ("06"), zero as "0" (domain spec §2.7.2, house style of sample 000). */
    static String count(int n) {
        return n > 0 && n < 10 ? "0" + n : String.valueOf(n);
    }

    /**
     * "Bắc Giang, ngày 05 tháng 01 năm 2023": a day below 10 and the months 1 and 2 with a leading zero (NĐ 30/2020
     * Phụ lục I, ô 4). Without a place the date stands alone.
     */
    static String placeAndDate(String place, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        String text = "ngày " + day + " tháng " + month + " năm " + date.getYear();
        return place == null || place.isBlank() ? capitalise(text) : place.strip() + ", " + text;
    }

    static String date(LocalDate date) {
        return Dates.format(date);
    }

    static String upper(String text) {
        return text == null ? null : text.toUpperCase(VIETNAMESE);
    }

    static String capitalise(String text) {
        return text == null || text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
    }

    /** "Kết luận của Giám đốc…" continues a sentence as "kết luận của Giám đốc…"; "UBND tỉnh…" stays as written. */
    static String continuing(String text) {
        if (text == null || text.length() < 2) {
            return text;
        }
        String firstWord = text.split("\\s+", 2)[0];
        boolean abbreviation = firstWord.length() > 1 && firstWord.equals(upper(firstWord));
        return abbreviation ? text : text.substring(0, 1).toLowerCase(VIETNAMESE) + text.substring(1);
    }

    /** A sentence ends with a full stop unless it already ends with punctuation. */
    static String sentence(String text) {
        String clean = text.strip();
        return clean.isEmpty() || ".;:!?".indexOf(clean.charAt(clean.length() - 1)) >= 0 ? clean : clean + ".";
    }
}
