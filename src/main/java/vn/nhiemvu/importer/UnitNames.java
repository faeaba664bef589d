package vn.nhiemvu.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unit names in one canonical form whatever the spelling (GOLD-FORMAT.md §4): the units of a provincial
 * Department of Science and Technology under their fixed names ("Chi cục TĐC" → "Chi cục Tiêu chuẩn Đo
 * lường Chất lượng"), named leaders and people, departments of the province with their abbreviations
 * expanded ("Sở TNMT" → "Sở Tài nguyên và Môi trường"), collective phrases with an initial capital. Matching
 * ignores diacritics, case and punctuation. {@link #bestMatch} finds a written name among an agency's units.
 */
public final class UnitNames {

    private static final String KHCN = "(?:khoa hoc(?: va|,)? cong nghe|kh ?& ?cn|khcn|kh ?- ?cn|kh va cn)";
    private static final String SHTT = "(?:so huu tri tue|shtt)";
    private static final String SO_KHCN = "(?: so(?: " + KHCN + ")?)?";

    /** Department units: canonical name → folded patterns, longest and most specific first. */
    private static final Map<String, Pattern> DEPARTMENT = new LinkedHashMap<>();
    /** Departments of the province written with an abbreviation → full name. */
    private static final Map<Pattern, String> PROVINCIAL = new LinkedHashMap<>();

    static final String LEADERSHIP = "Lãnh đạo Sở";
    static final String ALL_UNITS = "Các phòng, đơn vị thuộc Sở";
    static final String CENTRE = "Trung tâm Ứng dụng KH&CN";
    /** The Department itself, the lead of the tasks a province's directive gives it. */
    static final String DEPARTMENT_ITSELF = "Sở Khoa học và Công nghệ";

    static {
        department("Phòng Quản lý KH&CN cơ sở và SHTT",
                "(?:truong )?phong (?:quan ly |ql ?)?(?:" + KHCN + "|khoa hoc) co so(?:,? va " + SHTT + ")?"
                        + "|(?:truong )?phong (?:quan ly |ql ?)?" + SHTT + "(?: va (?:" + KHCN + " )?co so)?"
                        + "|(?:truong )?phong qlkhcn co so(?: va " + SHTT + ")?");
        department("Phòng Quản lý khoa học", "(?:truong )?phong (?:quan ly khoa hoc|qlkh)");
        department("Phòng Quản lý công nghệ và Thị trường công nghệ",
                "(?:truong )?phong (?:quan ly cong nghe(?: va thi truong cong nghe)?|qlcn(?: ?& ?ttcn| va ttcn)?"
                        + "|cong nghe(?: va thi truong cong nghe)?)");
        department("Phòng Quản lý chuyên ngành", "(?:truong )?phong quan ly chuyen nganh");
        department("Phòng Kế hoạch - Tài chính",
                "(?:truong )?phong (?:ke hoach(?: va| -|,| ?-)? tai chinh|kh ?- ?tc|khtc|kh ?& ?tc)");
        department("Chi cục Tiêu chuẩn Đo lường Chất lượng",
                "(?:chi cuc truong |pho chi cuc truong )?chi cuc (?:tieu chuan(?: ?-|,)? do luong(?: ?-|,)? chat luong"
                        + "|tdc|tc ?- ?dl ?- ?cl|tcdlcl)|chi cuc truong|chi cuc(?= ?$)");
        department(CENTRE,
                "(?:giam doc )?trung tam (?:ung dung )?(?:tien bo )?(?:" + KHCN + "|khoa hoc ky thuat)(?: tinh)?"
                        + "|(?:giam doc )?trung tam ung dung(?: tien bo)?(?: " + KHCN + ")?");
        department("Văn phòng Sở",
                "(?:chanh |pho chanh )?van phong" + SO_KHCN
                        + "(?! ?(?:ubnd|uy ban|tinh uy|chinh phu|hdnd|hoi dong|doan|bo|quoc hoi|trung uong|cong chung|dang uy|dang ky))");
        department("Thanh tra Sở",
                "(?:chanh |pho chanh )?thanh tra" + SO_KHCN + "(?! ?(?:tinh|bo|chinh phu|huyen|thanh pho|nha nuoc|vien))");
        department(ALL_UNITS,
                "(?:truong |thu truong |lanh dao )?cac (?:phong(?:,| va)? (?:ban,? )?(?:don vi|trung tam)|don vi"
                        + "|phong chuyen mon(?: nghiep vu)?(?:,? don vi)?|phong,? ban(?:,? don vi)?|phong ban)"
                        + "(?: (?:truc )?thuoc so(?: " + KHCN + ")?| (?:truc )?thuoc| cua so)?");
        department("Công đoàn Sở", "(?:ban chap hanh |bch )?cong doan(?: so| co so)?(?: " + KHCN + ")?");
        department(LEADERSHIP, "lanh dao so(?: " + KHCN + ")?|ban giam doc(?: so)?|giam doc so|(?:cac )?pho giam doc so"
                + "|giam doc va (?:cac )?pho giam doc(?: so)?");

        provincial("so (?:nnptnt|nn ?& ?ptnt|nn va ptnt|nong nghiep va ptnt)", "Sở Nông nghiệp và Phát triển nông thôn");
        provincial("so (?:tnmt|tn ?& ?mt|tn va mt)", "Sở Tài nguyên và Môi trường");
        provincial("so (?:kh ?- ?dt|khdt|kh ?& ?dt|kh va dt)", "Sở Kế hoạch và Đầu tư");
        provincial("so (?:vhttdl|vh,? ?tt ?& ?dl|vh ?- ?tt ?- ?dl|vhtt ?& ?dl)", "Sở Văn hóa, Thể thao và Du lịch");
        provincial("so (?:vh ?- ?tt|vhtt|vh ?& ?tt)", "Sở Văn hóa và Thể thao");
        provincial("so (?:qh ?- ?kt|qhkt)", "Sở Quy hoạch - Kiến trúc");
        provincial("so (?:tt ?& ?tt|tttt|tt va tt)", "Sở Thông tin và Truyền thông");
        provincial("so (?:gd ?& ?dt|gddt|gd va dt|gd ?- ?dt)", "Sở Giáo dục và Đào tạo");
        provincial("so (?:ld ?- ?tb ?& ?xh|ldtbxh|ld ?- ?tbxh)", "Sở Lao động - Thương binh và Xã hội");
        provincial("so (?:gtvt|gt ?- ?vt)", "Sở Giao thông vận tải");
        provincial("so (?:khcn|kh ?& ?cn|kh ?- ?cn)", "Sở Khoa học và Công nghệ");
        provincial("so (?:ct|cong thuong)", "Sở Công Thương");
        provincial("bo (?:khcn|kh ?& ?cn|kh ?- ?cn)", "Bộ Khoa học và Công nghệ");
        provincial("lien hiep cac hoi khoa hoc (?:va )?ky thuat(?: tinh)?", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh");
        provincial("(?:lien hiep hoi|lhh)(?: khoa hoc (?:va )?ky thuat)?(?: tinh)?", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh");
        provincial("bo (?:nnptnt|nn ?& ?ptnt)", "Bộ Nông nghiệp và Phát triển nông thôn");
        provincial("bo (?:tnmt|tn ?& ?mt)", "Bộ Tài nguyên và Môi trường");
        provincial("bo (?:tt ?& ?tt|tttt)", "Bộ Thông tin và Truyền thông");
    }

    /** The words a catalogued name can start with: anything else is rejected at once. */
    private static final Set<String> FIRST_WORDS = Set.of("truong", "thu", "lanh", "phong", "pho", "chi", "giam", "trung",
            "chanh", "van", "thanh", "cac", "ban", "bch", "cong", "so", "bo", "lien", "lhh");

    private static final Pattern HONORIFIC = Pattern.compile("^(?:đồng chí|đ/c|Đồng chí|ông|bà|Ông|Bà)\\s+");
    private static final Pattern LEADER_TITLE = Pattern.compile("(?i)^(?:phó )?giám đốc(?: sở)?(?: " + "(?:khoa học và công nghệ|kh&cn|khcn))?$");
    private static final Pattern HEAD = Pattern.compile(
            "^(?:giam doc|pho giam doc|truong|thu truong|chu tich|pho chu tich|chanh|truong ban|truong phong|pho truong phong|"
                    + "chi cuc truong|cuc truong|vien truong|hieu truong|bi thu|lanh dao)\\s+(?=(?:so|bo|ban|phong|cuc|vien|truong|"
                    + "uy ban|ubnd|hoi|trung tam|cong an|kho bac|cac)\\b)");

    private UnitNames() {
    }

    private static void department(String canonical, String pattern) {
        DEPARTMENT.put(canonical, compile(pattern));
    }

    private static void provincial(String pattern, String full) {
        PROVINCIAL.put(compile(pattern), full);
    }

    /** Patterns are written with single spaces; the text may have hyphens, commas or several spaces there. */
    private static Pattern compile(String pattern) {
        return Pattern.compile(pattern.replace(" ?- ?", "\u0001").replace(" ?& ?", "\u0002").replace(" ?", "\u0001")
                .replace(" ", "[ ,\\-–]+").replace("\u0001", "[ ,\\-–]*").replace("\u0002", " ?& ?"));
    }

    /** The canonical name of a Department unit written this way, if it is one. */
    public static Optional<String> departmentUnit(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String key = Fold.key(stripHonorific(written));
        for (Map.Entry<String, Pattern> unit : DEPARTMENT.entrySet()) {
            if (unit.getValue().matcher(key).matches()) {
                return Optional.of(unit.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical form of a written lead or coordinating unit (§4). A named person becomes "Lãnh đạo Sở:
     * <name>" with a Director's title and "Cá nhân: <name>" without a title; a unit named through its head
     * becomes the unit.
     */
    public static String canonical(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String w = written.strip();
        Person person = person(w);
        if (person != null) {
            if (person.title() == null) {
                return "Cá nhân: " + person.name();
            }
            if (LEADER_TITLE.matcher(person.title()).matches()) {
                return LEADERSHIP + ": " + person.name();
            }
            Optional<String> unit = departmentUnit(person.title().replaceFirst("(?i)^(phó |pho )?", ""));
            return unit.orElse(LEADERSHIP + ": " + person.name());
        }
        Optional<String> unit = departmentUnit(w);
        if (unit.isPresent()) {
            return unit.get();
        }
        String key = Fold.key(w);
        Matcher head = HEAD.matcher(key);
        if (head.find() && !key.matches("giam doc so(?: " + KHCN + ")?")) {
            String rest = w.substring(Math.min(w.length(), offsetOfWord(w, wordsIn(key.substring(0, head.end())))));
            if (!rest.isBlank()) {
                return canonical(rest);
            }
        }
        for (Map.Entry<Pattern, String> p : PROVINCIAL.entrySet()) {
            if (p.getKey().matcher(key).matches()) {
                return p.getValue();
            }
        }
        String stripped = stripHonorific(w);
        return Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
    }

    /** True when the canonical form is one of the Department's own units or people (§4's list). */
    public static boolean isDepartment(String canonical) {
        return canonical != null && (DEPARTMENT.containsKey(canonical) || canonical.startsWith(LEADERSHIP + ": ")
                || canonical.startsWith("Cá nhân: ") || canonical.equals(DEPARTMENT_ITSELF));
    }

    /**
     * The agency unit a written name designates: same canonical form, same code, or, failing those, the
     * closest name by shared words (abbreviations expanded) when it is close enough; empty when none is.
     */
    public static Optional<AgencyUnit> bestMatch(String written, List<AgencyUnit> units) {
        if (written == null || written.isBlank() || units == null || units.isEmpty()) {
            return Optional.empty();
        }
        String canonical = canonical(written);
        String key = Fold.key(written);
        AgencyUnit best = null;
        double bestScore = 0;
        for (AgencyUnit unit : units) {
            if (unit.code() != null && Fold.key(unit.code()).equals(key)) {
                return Optional.of(unit);
            }
            String unitCanonical = canonical(unit.name());
            if (unitCanonical != null && unitCanonical.equals(canonical)) {
                return Optional.of(unit);
            }
            double score = similarity(expanded(written), expanded(unit.name()));
            if (score > bestScore) {
                bestScore = score;
                best = unit;
            }
        }
        return bestScore >= 0.75 ? Optional.ofNullable(best) : Optional.empty();
    }

    /** The Department unit or provincial department whose name starts at {@code at}; its end, or -1. */
    static int unitAt(String folded, int at) {
        int w = at;
        while (w < folded.length() && Character.isLetter(folded.charAt(w))) {
            w++;
        }
        if (!FIRST_WORDS.contains(folded.substring(at, w))) {
            return -1;
        }
        int best = -1;
        String rest = folded.substring(at, Math.min(folded.length(), at + 160));
        for (Pattern pattern : DEPARTMENT.values()) {
            Matcher m = pattern.matcher(rest);
            if (m.lookingAt() && (m.end() == rest.length() || !Character.isLetterOrDigit(rest.charAt(m.end())))) {
                best = Math.max(best, at + m.end());
            }
        }
        for (Pattern pattern : PROVINCIAL.keySet()) {
            Matcher m = pattern.matcher(rest);
            if (m.lookingAt() && (m.end() == rest.length() || !Character.isLetterOrDigit(rest.charAt(m.end())))) {
                best = Math.max(best, at + m.end());
            }
        }
        return best;
    }

    record Person(String name, String title) {
    }

    private static final Pattern PERSON = Pattern.compile(
            "^(?:(?:đồng chí|đ/c|ông|bà)\\s+)?((?:\\p{Lu}[\\p{L}]*\\s+){1,5}\\p{Lu}[\\p{L}]*)(?:\\s*,\\s*(.+))?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A written lead that names a person: "đồng chí Triệu Ngọc Trung, Phó Giám đốc Sở". */
    static Person person(String written) {
        boolean honorific = HONORIFIC.matcher(written).find();
        String rest = HONORIFIC.matcher(written).replaceFirst("");
        int comma = rest.indexOf(',');
        String name = (comma < 0 ? rest : rest.substring(0, comma)).strip();
        String title = comma < 0 ? null : rest.substring(comma + 1).strip();
        if (!isPersonalName(name) || !honorific && title != null && !looksLikeTitle(title)) {
            return null;
        }
        return new Person(name, title == null || title.isEmpty() ? null : title);
    }

    private static boolean looksLikeTitle(String title) {
        return Fold.key(title).matches("(?:pho )?(?:giam doc|chanh|truong|chu tich|chi cuc truong|bi thu|can bo|chuyen vien|"
                + "ke toan|thu truong|cuc truong|vien truong|uy vien|thanh vien|phu trach|to truong).*");
    }

    /** Two to six capitalised words, none of them a unit word: a Vietnamese personal name. */
    static boolean isPersonalName(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(Character::isLetter)
                    || word.length() > 1 && word.chars().skip(1).allMatch(Character::isUpperCase)) {
                return false;
            }
        }
        String key = Fold.key(name);
        return !key.matches("(?:so|phong|ban|van phong|thanh tra|chi cuc|trung tam|bo|cuc|vien|uy ban|hoi|lien hiep|cong an|dai|bao"
                + "|tinh|huyen|xa|thanh pho|truong|cong ty|quy|kho bac|doan|dang)\\b.*");
    }

    static String stripHonorific(String written) {
        return HONORIFIC.matcher(written.strip()).replaceFirst("");
    }

    private static int wordsIn(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static int offsetOfWord(String text, int words) {
        int seen = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                if (seen == words) {
                    return i;
                }
                seen++;
            }
            inWord = letter;
        }
        return text.length();
    }

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("kh&cn", "khoa hoc cong nghe"), Map.entry("khcn", "khoa hoc cong nghe"),
            Map.entry("shtt", "so huu tri tue"), Map.entry("tdc", "tieu chuan do luong chat luong"),
            Map.entry("ql", "quan ly"), Map.entry("qlkh", "quan ly khoa hoc"), Map.entry("khtc", "ke hoach tai chinh"),
            Map.entry("ubnd", "uy ban nhan dan"), Map.entry("hdnd", "hoi dong nhan dan"), Map.entry("vp", "van phong"),
            Map.entry("ttcn", "thi truong cong nghe"), Map.entry("qlcn", "quan ly cong nghe"), Map.entry("tt", "trung tam"));
    private static final Set<String> STOP = Set.of("va", "cac", "cua", "thuoc", "truc", "so");

    private static Set<String> expanded(String name) {
        Set<String> words = new HashSet<>();
        for (String word : Fold.key(name).split(" ")) {
            String full = ABBREVIATIONS.getOrDefault(word, word);
            for (String w : full.split(" ")) {
                if (!w.isEmpty() && !STOP.contains(w)) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }

    static List<String> canonicalAll(List<String> written) {
        List<String> out = new ArrayList<>();
        for (String w : written) {
            out.add(canonical(w));
        }
        return out;
    }
}
