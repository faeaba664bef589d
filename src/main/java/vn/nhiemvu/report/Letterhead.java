package vn.nhiemvu.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.org.Agency;

/**
 * What a document of the agency prints about it, from its record (Quản trị › Thông tin cơ quan), never from
 * constants: names change with reorganisations (domain spec §4.5).
 *
 * @param parentLine the governing body, upper case ("UBND TỈNH BẮC GIANG"), or null
 * @param agencyLine the agency, upper case ("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
 * @param agencyName the agency as sentences name it ("Sở Khoa học và Công nghệ")
 * @param code       the agency's part of a symbol ("KHCN" in "06/BC-KHCN"), or null
 * @param place      the place name of the date line ("Bắc Giang"), or null
 */
public record Letterhead(String parentLine, String agencyLine, String agencyName, String code, String place) {

    private static final Pattern LOCALITY = Pattern.compile("(?iu)\\s((tỉnh|thành phố|tp\\.?)\\s.+)$");

    /**
     * Under "UBND TỈNH BẮC GIANG" the agency is "SỞ KHOA HỌC VÀ CÔNG NGHỆ": the locality its full name ends with
     * ("… tỉnh Bắc Giang") is already in the line above, as in the samples.
     */
    static Letterhead of(Agency agency) {
        String name = agency.name().strip();
        String parent = blankToNull(agency.parentName());
        if (parent != null) {
            Matcher locality = LOCALITY.matcher(parent);
            if (locality.find()) {
                String suffix = " " + locality.group(1).strip();
                if (name.length() > suffix.length()
                        && name.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
                    name = name.substring(0, name.length() - suffix.length()).strip();
                }
            }
        }
        return new Letterhead(parent == null ? null : Wording.upper(parent), Wording.upper(name), name,
                blankToNull(agency.shortCode()), blankToNull(agency.place()));
    }

    /** "BC-KHCN", "TB-KHCN": the type abbreviation of NĐ 30/2020 Phụ lục III and the agency's code. */
    String symbol(String type) {
        return code == null ? type : type + "-" + code;
    }

    /** A draft's number is left blank, to be given after signature (NĐ 30/2020 Art. 15(2)). */
    String blankNumber(String type) {
        return "Số:        /" + symbol(type);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
