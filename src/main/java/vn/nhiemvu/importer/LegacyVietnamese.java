package vn.nhiemvu.importer;

import java.util.HashMap;
import java.util.Map;

/**
 * Vietnamese typed with the pre-Unicode fonts still found in older files: TCVN3 (ABC, fonts ".VnTime",
 * one byte per letter) and VNI-Windows (fonts "VNI-Times", a base letter followed by mark bytes). Text in
 * these encodings reaches us as the Windows-1252 characters of those bytes ("Bé Khoa häc", "Boä Khoa
 * hoïc"); the tables below, written from the published code charts, turn it back into Unicode.
 */
final class LegacyVietnamese {

    /** Which encoding a text is in. */
    enum Encoding {
        UNICODE, TCVN3, VNI
    }

    private static final char[] TCVN3 = new char[256];

    // VNI: a base vowel, then one byte for the shape (circumflex, breve) and/or the tone.
    private static final Map<Character, String> VNI_MARKS = new HashMap<>();
    private static final Map<Character, Character> VNI_SINGLE = new HashMap<>();

    static {
        String tcvn3 = """
                A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ
                B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ
                CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị
                DFò E1ỏ E2õ E3ó E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ
                EFù F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ FDý FEỵ""";
        for (String pair : tcvn3.split("\\s+")) {
            TCVN3[Integer.parseInt(pair.substring(0, 2), 16)] = pair.charAt(2);
        }
        // Mark byte → (shape, tone): shape ^ circumflex, ( breve; tone s/f/r/x/j as in Telex.
        String marks = "ùs øf ûr õx ïj â^ ê( á^s à^f å^r ã^x ä^j é(s è(f ú(r ü(x ë(j"
                + " Ùs Øf Ûr Õx Ïj Â^ Ê( Á^s À^f Å^r Ã^x Ä^j É(s È(f Ú(r Ü(x Ë(j";
        for (String m : marks.split(" ")) {
            VNI_MARKS.put(m.charAt(0), m.substring(1));
        }
        String singles = "ñđ Ñđ íí ìì æỉ óĩ òị îỵ ÍÍ ÌÌ ÆỈ ÓĨ ÒỊ ÎỴ ôơ öư ÔƠ ÖƯ";
        for (String s : singles.split(" ")) {
            VNI_SINGLE.put(s.charAt(0), s.charAt(1));
        }
        VNI_SINGLE.put('Ñ', 'Đ');
    }

    private LegacyVietnamese() {
    }

    /** Converts the text when it looks like TCVN3 or VNI; Unicode text comes back unchanged. */
    static String toUnicode(String text) {
        return switch (detect(text)) {
            case TCVN3 -> fromTcvn3(text, false);
            case VNI -> fromVni(text);
            case UNICODE -> text;
        };
    }

    static Encoding detect(String text) {
        int unicode = 0;
        int tcvn3 = 0;
        int vni = 0;
        int letters = 0;
        int n = Math.min(text.length(), 200_000);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if ((c >= 0x1EA0 && c <= 0x1EF9) || c == 'ơ' || c == 'ư' || c == 'đ' || c == 'ă' || c == 'Ơ'
                    || c == 'Ư' || c == 'Đ' || c == 'Ă') {
                unicode++;
            }
            // Characters only TCVN3 puts inside words: đ ơ ư à á ả ã ạ and their kin.
            if ("®¬\u00AD¸µ¶·¹«¨©ª»¼½¾§ß".indexOf(c) >= 0 && i > 0 && Character.isLetter(text.charAt(i - 1))
                    || c == '®' || c == '§') {
                tcvn3++;
            }
            if (i > 0 && VNI_MARKS.containsKey(c) && "aeouyAEOUYôöÔÖ".indexOf(text.charAt(i - 1)) >= 0) {
                vni++;
            }
            if ((c == 'ñ' || c == 'Ñ') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                vni++;
            }
        }
        int threshold = Math.max(3, letters / 400);
        if (unicode > Math.max(tcvn3, vni) || Math.max(tcvn3, vni) < threshold) {
            return Encoding.UNICODE;
        }
        return tcvn3 >= vni ? Encoding.TCVN3 : Encoding.VNI;
    }

    /**
     * TCVN3 to Unicode. {@code upper} is for runs in the capitals-only fonts (".VnTimeH"), whose
     * lower-case codes print as capitals.
     */
    static String fromTcvn3(String text, boolean upper) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c < 256 && TCVN3[c] != 0 ? TCVN3[c] : c;
            out.append(upper ? Character.toUpperCase(mapped) : mapped);
        }
        return out.toString();
    }

    static String fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char base = VNI_SINGLE.getOrDefault(c, c);
            if ("aeouyAEOUYơưƠƯ".indexOf(base) >= 0) {
                String shape = "";
                String tone = "";
                int j = i + 1;
                while (j < text.length() && j <= i + 2 && VNI_MARKS.containsKey(text.charAt(j))) {
                    String mark = VNI_MARKS.get(text.charAt(j));
                    String s = mark.replaceAll("[sfrxj]", "");
                    String t = mark.replaceAll("[\\^(]", "");
                    if ((!s.isEmpty() && !shape.isEmpty()) || (!t.isEmpty() && !tone.isEmpty())) {
                        break;
                    }
                    shape += s;
                    tone += t;
                    j++;
                }
                if (j > i + 1) {
                    String composed = compose(base, shape, tone);
                    if (composed != null) {
                        out.append(composed);
                        i = j;
                        continue;
                    }
                }
            }
            out.append(base);
            i++;
        }
        return out.toString();
    }

    private static String compose(char base, String shape, String tone) {
        String letter = String.valueOf(base);
        if (shape.equals("^")) {
            letter = switch (Character.toLowerCase(base)) {
                case 'a', 'e', 'o' -> Character.isUpperCase(base) ? letter.toUpperCase() + "\u0302"
                        : letter + "\u0302";
                default -> null;
            };
        } else if (shape.equals("(")) {
            letter = Character.toLowerCase(base) == 'a' ? letter + "\u0306" : null;
        }
        if (letter == null) {
            return null;
        }
        String mark = switch (tone) {
            case "s" -> "\u0301";
            case "f" -> "\u0300";
            case "r" -> "\u0309";
            case "x" -> "\u0303";
            case "j" -> "\u0323";
            default -> "";
        };
        return java.text.Normalizer.normalize(letter + mark, java.text.Normalizer.Form.NFC);
    }
}
