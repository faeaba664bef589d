package vn.nhiemvu.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a task is given to, read from its wording (GOLD-FORMAT.md §3): "Giao X chủ trì, phối hợp với Y …",
 * "Yêu cầu X …", a unit or person as the subject ("Trưởng các phòng, đơn vị quán triệt …"), "Phối hợp với
 * Y …" under a unit's heading; and where the task's own words begin once that phrase is skipped (§6).
 * Unit names end where a verb, a preposition or punctuation begins; lists split only between units.
 */
final class Assignments {

    /** The lead phrase of a task, its coordinating units, and the offset where its content starts. */
    record Parsed(String lead, List<String> coLeads, boolean person, int contentStart, boolean explicit) {

        static Parsed none(int contentStart) {
            return new Parsed(null, List.of(), false, contentStart, false);
        }
    }

    /** A unit found in the text: [start, end) and whether it names a person. */
    record Span(int start, int end, boolean person) {
    }

    /** Verbs and prepositions that end a unit's name, as written (with diacritics, lower case). */
    private static final Set<String> VERBS = Set.of(
            "chủ trì", "phối hợp", "cùng với", "tham mưu", "xây dựng", "tổ chức", "triển khai", "thực hiện", "nghiên cứu",
            "rà soát", "tuyên truyền", "chuẩn bị", "khảo sát", "chỉ đạo", "trực tiếp", "hướng dẫn", "kiểm tra", "đôn đốc",
            "đơn đốc", "báo cáo", "trình", "tiếp tục", "đẩy mạnh", "đẩy nhanh", "tăng cường", "nâng cao", "hoàn thiện",
            "hoàn thành", "cập nhật", "duy trì", "ban hành", "đề xuất", "lập", "thẩm định", "tiếp nhận", "tổng hợp",
            "theo dõi", "đánh giá", "công nhận", "ký", "phê duyệt", "công bố", "biên tập", "hỗ trợ", "khẩn trương",
            "chủ động", "tập trung", "quán triệt", "tiến hành", "làm việc", "liên hệ", "giải quyết", "xử lý", "thông báo",
            "phổ biến", "kiện toàn", "sửa đổi", "bổ sung", "soạn thảo", "dự thảo", "gửi", "cung cấp", "phát động",
            "vận động", "bố trí", "giám sát", "đảm bảo", "bảo đảm", "thống kê", "điều tra", "xác định", "lựa chọn",
            "đăng ký", "đặt hàng", "nhân rộng", "chuyển giao", "thu thập", "tham gia", "tham dự", "có trách nhiệm",
            "chịu trách nhiệm", "là đầu mối", "làm đầu mối", "là cơ quan", "thường xuyên", "kịp thời", "nghiêm túc",
            "tích cực", "phấn đấu", "đề nghị", "xuất bản", "sản xuất", "tư vấn", "quản lý", "ứng dụng", "phát triển",
            "thúc đẩy", "tiếp thu", "họp", "tổng kết", "sơ kết", "lồng ghép", "bám sát", "phân công", "giao", "yêu cầu",
            "chấn chỉnh", "khắc phục", "hoàn chỉnh", "xem xét", "cho ý kiến", "góp ý", "làm rõ", "phát hành", "mua sắm",
            "quyết toán", "thanh toán", "nghiệm thu", "thành lập", "rút kinh nghiệm", "nhất trí", "thống nhất", "có",
            "là", "sẽ", "cần", "phải", "được", "đã", "đang", "tiếp xúc", "cử", "mời", "điều động", "bổ nhiệm",
            "tuyển dụng", "đào tạo", "bồi dưỡng", "tập huấn", "nắm bắt", "quan tâm", "ưu tiên", "huy động", "đăng tải",
            "cấp phép", "kiểm định", "hiệu chuẩn", "thử nghiệm", "bàn giao", "thu hồi", "thanh lý", "giới thiệu",
            "kết nối", "điều chỉnh", "lấy ý kiến", "xin ý kiến", "tiếp", "đưa", "rà", "lưu ý", "chỉ", "trao đổi",
            "để", "nhằm", "theo", "tại", "về", "với", "cho", "trong", "khi", "trước", "sau khi", "từ", "đến", "thông qua",
            "đối với", "như", "bằng", "qua", "nếu");
    private static final Map<String, List<String>> VERBS_BY_FIRST = new HashMap<>();

    static {
        for (String verb : VERBS) {
            VERBS_BY_FIRST.computeIfAbsent(verb.split(" ")[0], k -> new ArrayList<>()).add(verb);
        }
    }

    private static final Pattern KIND = Pattern.compile(
            "(?:uy ban nhan dan|ubnd|van phong|thanh tra|chi cuc|trung tam|cong an|lien hiep|tinh doan|cong doan|lanh dao|"
                    + "pho giam doc|giam doc|thu truong|pho chu tich|chu tich|chanh van phong|chanh thanh tra|chanh|hoi dong|"
                    + "dang uy|kho bac|cong ty|tong cong ty|tap doan|hop tac xa|ngan hang|benh vien|hoc vien|chi nhanh|"
                    + "ban chap hanh|ban chi dao|ban quan ly|ban thuong vu|thuong truc|mat tran|bch|hdnd|btv|bqn|"
                    + "to cong tac|to giup viec|to kiem tra|doan kiem tra|doan cong tac|truong phong|pho truong phong|truong ban|"
                    + "vien truong|cuc truong|bi thu|so|phong|ban|bo|cuc|vien|hoi|dai|bao|truong|doanh nghiep|quy|uy ban)(?![\\p{L}\\d])");
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(?:cac|nhung|toan the|moi)\\s+(?:phong|don vi|so|ban|nganh|co quan|dia phuong|doanh nghiep|to chuc|huyen|xa|"
                    + "thanh pho|truong|hoi|doan the|chi cuc|trung tam|thanh vien|ca nhan|chu dau tu|nha khoa hoc|chuyen gia|"
                    + "tinh|bo|vien|ngan hang|hop tac xa|co so|ubnd|uy ban|cap|lanh dao|dong chi|can bo|cong chuc|vien chuc|"
                    + "thu truong|giam doc|chu tich|hoi dong|ban quan ly|cuc|tong cuc|nganh chuc nang|don vi lien quan)(?![\\p{L}\\d])");
    private static final Pattern NOT_A_UNIT = Pattern.compile(
            "(?:ban hanh|bao cao|bao dam|bao ve|bao tri|to chuc|truong hop|hoi nghi|hoi thao|hoi thi|hoi dap|phong chong|"
                    + "phong, chong|phong ngua|phong ve|bo sung|bo tri|bo tieu chi|bo chi so|so hoa|so luong|so lieu|cuc bo|"
                    + "dai hoi|dai dien|quy dinh|quy che|quy trinh|quy hoach|quy mo|vien chuc|truong dai hoc|doanh nghiep khoa hoc)(?![\\p{L}\\d])");
    private static final Pattern HONORIFIC = Pattern.compile("(?:dong chi|d/c|ong|ba)\\s+");
    private static final Pattern TITLE_START = Pattern.compile(
            "(?:pho\\s+)?(?:giam doc|chanh van phong|chanh thanh tra|chanh|truong phong|truong ban|chu tich|chi cuc truong|"
                    + "bi thu|thu truong|cuc truong|vien truong|truong|chuyen vien|can bo|ke toan|uy vien)\\b");
    private static final Set<String> STOP_WORDS = Set.of("để", "nhằm", "theo", "tại", "về", "với", "cho", "trong", "khi",
            "trước", "từ", "đến", "đối", "như", "bằng", "qua", "nếu", "và", "hoặc", "là", "thì", "mà", "những", "cùng", "do");
    private static final Set<String> COLLECTIVE_TAIL = Set.of("don vi", "dia phuong", "ban", "nganh", "co quan", "to chuc",
            "doanh nghiep", "ca nhan", "doan the", "phong", "so", "huyen", "thanh pho", "xa", "truong", "hoi", "trung tam",
            "ubnd", "hop tac xa", "chi cuc", "cuc", "vien", "thi xa", "thi tran", "quan", "phuong", "nganh chuc nang");
    private static final Pattern GENERIC_REFERENCE = Pattern.compile("(?:phong|don vi|chi cuc|trung tam|van phong|ban|so)");

    private static final Pattern ASSIGN_VERB = Pattern.compile("(?:giao(?: cho)?|yeu cau|de nghi)\\s+");
    private static final Pattern WITH = Pattern.compile("phoi hop(?: chat che)?(?: voi)?\\s+");
    private static final Pattern SUPPORT = Pattern.compile("(?<![\\p{L}])(?:phoi hop(?: chat che| tot| thuong xuyen)?(?: voi)?|cung voi)\\s+");
    private static final Pattern BY = Pattern.compile("\\bdo\\s+");
    private static final Pattern IN_SENTENCE = Pattern.compile("(?<![\\p{L}])(?:giao(?: cho)?|yeu cau|de nghi|chi dao)\\s+");
    private static final Pattern HEADING_WORDS = Pattern.compile("(?:giao(?: cho)?|doi voi|ve phia|nhiem vu cua|trach nhiem cua|phan cong cho)\\s+");
    private static final Pattern HEADING_REST = Pattern.compile("(?:thuc hien|chu tri|thuc hien cac nhiem vu(?: sau)?|co trach nhiem)?");
    private static final Pattern ASKS = Pattern.compile("(?:yeu cau|giao(?: cho)?|de nghi|chi dao)\\s+");
    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:(?:pho )?chu tich|ubnd tinh|uy ban nhan dan tinh|thu tuong|(?:pho )?thu tuong|bo truong|giam doc so|tinh uy|"
                    + "ban thuong vu|thuong truc)");
    private static final ThreadLocal<String[]> LAST_LOWER = ThreadLocal.withInitial(() -> new String[2]);

    private Assignments() {
    }

    // ---------------------------------------------------------------- lead at the start of a task

    /**
     * The lead a task names for itself. {@code subjects} allows a unit as the sentence's subject ("Văn phòng
     * Sở tuyên truyền …"); {@code requests} allows "Yêu cầu X …" / "Đề nghị X …".
     */
    static Parsed lead(String text, boolean subjects, boolean requests) {
        String folded = Fold.fold(text);
        int at = 0;
        int label = topicLabelEnd(text, folded);
        if (label > 0) {
            Parsed after = assignmentAt(text, folded, label, requests, false);
            return after.lead() == null ? Parsed.none(0)
                    : new Parsed(after.lead(), after.coLeads(), after.person(), 0, true);
        }
        Parsed parsed = assignmentAt(text, folded, at, requests, subjects);
        if (parsed.lead() != null || parsed.contentStart() > 0) {
            return parsed;
        }
        return Parsed.none(0);
    }

    private static Parsed assignmentAt(String text, String folded, int at, boolean requests, boolean subjects) {
        int i = skipSpaces(folded, at);
        Matcher verb = ASSIGN_VERB.matcher(folded).region(i, folded.length());
        if (verb.lookingAt() && (folded.startsWith("giao", i) || requests)) {
            int u = verb.end();
            if (startsUnit(text, folded, u)) {
                List<Span> units = units(text, folded, u);
                if (!units.isEmpty()) {
                    int end = units.get(units.size() - 1).end();
                    return parsed(text, units, skipRoleWords(text, folded, end));
                }
            }
            return Parsed.none(0);
        }
        if (folded.startsWith("chu tri", i)) {
            int j = skipSpaces(folded, i + "chu tri".length());
            if (j < folded.length() && (folded.charAt(j) == ',' || folded.charAt(j) == ':')) {
                return Parsed.none(skipRoleWords(text, folded, i));
            }
        }
        if (folded.startsWith("phoi hop", i)) {
            int j = skipRoleWords(text, folded, i);
            return Parsed.none(j > i ? j : 0);
        }
        if (subjects && startsUnit(text, folded, i)) {
            List<Span> units = units(text, folded, i);
            if (!units.isEmpty()) {
                int end = units.get(units.size() - 1).end();
                int j = skipSpaces(folded, end);
                // "Chủ tịch UBND tỉnh yêu cầu Sở X …": the one asked is the lead, not the one who asks.
                Matcher asks = ASKS.matcher(folded).region(j, folded.length());
                if (asks.lookingAt() && startsUnit(text, folded, asks.end()) && (!asks.group().startsWith("chi dao")
                        || AUTHORITY.matcher(folded.substring(units.get(0).start(), end)).find())) {
                    List<Span> asked = units(text, folded, asks.end());
                    if (!asked.isEmpty()) {
                        return parsed(text, asked, skipRoleWords(text, folded, asked.get(asked.size() - 1).end()));
                    }
                }
                if (j < folded.length() && Character.isLowerCase(text.charAt(j)) && verbAt(lower(text), j) != null) {
                    return parsed(text, units, skipRoleWords(text, folded, end));
                }
                // "Sở Tài chính: Thẩm định, tham mưu …": the unit as a label of its own task.
                if (j < folded.length() && folded.charAt(j) == ':' && j + 1 < folded.length()) {
                    return parsed(text, units, skipRoleWords(text, folded, j + 1));
                }
            }
        }
        return Parsed.none(0);
    }

    private static Parsed parsed(String text, List<Span> units, int contentStart) {
        String lead = written(text, units.get(0));
        List<String> co = new ArrayList<>();
        for (int k = 1; k < units.size(); k++) {
            co.add(written(text, units.get(k)));
        }
        return new Parsed(lead, co, units.get(0).person(), contentStart, true);
    }

    /** After the lead: "chủ trì", ", phối hợp với Y", "trực tiếp" are not the task's content. */
    private static int skipRoleWords(String text, String folded, int from) {
        int i = skipSpaces(folded, from);
        boolean moved = true;
        while (moved) {
            moved = false;
            int j = i;
            if (j < folded.length() && (folded.charAt(j) == ',' || folded.charAt(j) == ':')) {
                j = skipSpaces(folded, j + 1);
            }
            if (folded.startsWith("chu tri", j) && boundary(folded, j + 7)) {
                i = skipSpaces(folded, j + 7);
                moved = true;
                continue;
            }
            Matcher with = WITH.matcher(folded).region(j, folded.length());
            if (with.lookingAt() && startsUnit(text, folded, with.end())) {
                List<Span> support = units(text, folded, with.end());
                if (!support.isEmpty()) {
                    i = skipSpaces(folded, support.get(support.size() - 1).end());
                    moved = true;
                }
            }
        }
        if (i < folded.length() && (folded.charAt(i) == ',' || folded.charAt(i) == ':')) {
            i = skipSpaces(folded, i + 1);
        }
        return Math.min(i, text.length());
    }

    /** "Đối với …, giao X …" or "<Topic>: Yêu cầu X …": the offset after the label, or -1. */
    private static int topicLabelEnd(String text, String folded) {
        if (!(folded.startsWith("doi voi ") || folded.startsWith("ve ") || folded.startsWith("rieng "))) {
            int colon = folded.indexOf(':');
            if (colon > 0 && colon < 160 && folded.substring(0, colon).split("\\s+").length <= 14) {
                int j = skipSpaces(folded, colon + 1);
                if (folded.startsWith("giao", j) || folded.startsWith("yeu cau", j)) {
                    return j;
                }
            }
            return -1;
        }
        for (int i = 8; i < Math.min(folded.length(), 400); i++) {
            char c = folded.charAt(i);
            if (c == ',' || c == ':') {
                int j = skipSpaces(folded, i + 1);
                if (folded.startsWith("giao", j) || folded.startsWith("yeu cau", j) || folded.startsWith("de nghi", j)) {
                    return j;
                }
            }
            if (c == '.' || c == ';') {
                return -1;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- support

    /** Units introduced by "phối hợp (với)" or "cùng với" anywhere in the task, in text order. */
    static List<String> support(String text) {
        String folded = Fold.fold(text);
        List<String> out = new ArrayList<>();
        Matcher m = SUPPORT.matcher(folded);
        while (m.find()) {
            if (!startsUnit(text, folded, m.end())) {
                continue;
            }
            for (Span span : units(text, folded, m.end())) {
                String w = written(text, span);
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** "do X chủ trì" twice or more in one item: an enumeration whose elements each name a lead (§2 rule 6). */
    static List<int[]> enumeration(String text) {
        String folded = Fold.fold(text);
        Matcher m = BY.matcher(folded);
        List<int[]> leads = new ArrayList<>();
        while (m.find()) {
            if (!startsUnit(text, folded, m.end())) {
                continue;
            }
            List<Span> units = units(text, folded, m.end());
            if (units.isEmpty()) {
                continue;
            }
            int end = units.get(units.size() - 1).end();
            int j = skipSpaces(folded, end);
            if (folded.startsWith("chu tri", j)) {
                leads.add(new int[] {units.get(0).start(), units.get(0).end(), j + 7});
            }
        }
        return leads.size() >= 2 ? leads : List.of();
    }

    // ---------------------------------------------------------------- running text

    /** "… yêu cầu/giao/đề nghị <units> <verb> …" inside a sentence: the lead and the start of the action. */
    static Parsed inSentence(String text) {
        String folded = Fold.fold(text);
        Matcher m = IN_SENTENCE.matcher(folded);
        while (m.find()) {
            if (!startsUnit(text, folded, m.end())) {
                continue;
            }
            List<Span> units = units(text, folded, m.end());
            if (units.isEmpty()) {
                continue;
            }
            int end = units.get(units.size() - 1).end();
            int j = skipSpaces(folded, end);
            if (j < folded.length() && verbAt(lower(text), j) != null) {
                return parsed(text, units, skipRoleWords(text, folded, end));
            }
        }
        return Parsed.none(0);
    }

    // ---------------------------------------------------------------- headings

    /** "Giao X", "Đối với X", "X" alone as a heading: X, else null. */
    static String headingLead(String text) {
        String t = text.strip().replaceAll("[:.;]+$", "").strip();
        String folded = Fold.fold(t);
        int i = 0;
        Matcher m = HEADING_WORDS.matcher(folded);
        if (m.lookingAt()) {
            i = m.end();
        }
        if (!startsUnit(t, folded, i)) {
            return null;
        }
        List<Span> units = units(t, folded, i);
        if (units.isEmpty()) {
            return null;
        }
        int end = units.get(units.size() - 1).end();
        String rest = folded.substring(end).strip();
        if (!rest.isEmpty() && !HEADING_REST.matcher(rest).matches()) {
            return null;
        }
        return written(t, units.get(0));
    }

    /** A written lead that only points back at the heading's unit ("yêu cầu phòng …"). */
    static boolean genericReference(String lead) {
        return lead != null && GENERIC_REFERENCE.matcher(Fold.key(lead)).matches();
    }

    // ---------------------------------------------------------------- units

    static boolean startsUnit(String text, String folded, int at) {
        int i = skipSpaces(folded, at);
        if (i >= folded.length()) {
            return false;
        }
        if (honorificEnd(text, folded, i) > 0) {
            return true;
        }
        if (UnitNames.unitAt(folded, i) > i) {
            return true;
        }
        if (NOT_A_UNIT.matcher(folded).region(i, folded.length()).lookingAt()) {
            return false;
        }
        if (COLLECTIVE.matcher(folded).region(i, folded.length()).lookingAt()) {
            return true;
        }
        Matcher kind = KIND.matcher(folded).region(i, folded.length());
        if (!kind.lookingAt()) {
            return false;
        }
        int next = skipSpaces(folded, kind.end());
        boolean single = !kind.group().contains(" ") && kind.group().length() <= 6
                && !Set.of("ubnd", "hdnd", "bch", "btv", "bqn").contains(kind.group());
        if (single) {
            // "Sở Tài chính", "Phòng Kinh tế", not "sở hữu", "phòng cháy": a one-word kind needs a capital after it.
            return next < text.length() && (Character.isUpperCase(text.charAt(next)) || Character.isDigit(text.charAt(next)))
                    && Character.isUpperCase(text.charAt(i));
        }
        return true;
    }

    /** The units listed from {@code at}: split at commas, semicolons and "và" only between units. */
    static List<Span> units(String text, String folded, int at) {
        List<Span> out = new ArrayList<>();
        int i = skipSpaces(folded, at);
        while (i < folded.length() && out.size() < 12) {
            Span unit = unit(text, folded, i);
            if (unit == null) {
                break;
            }
            out.add(unit);
            int j = skipSpaces(folded, unit.end());
            int next = -1;
            if (j < folded.length() && (folded.charAt(j) == ',' || folded.charAt(j) == ';')) {
                next = skipSpaces(folded, j + 1);
                if (folded.startsWith("va ", next)) {
                    next = skipSpaces(folded, next + 3);
                }
            } else if (folded.startsWith("va ", j) || folded.startsWith("hoac ", j)) {
                next = skipSpaces(folded, j + (folded.startsWith("va ", j) ? 3 : 5));
            }
            if (next < 0) {
                break;
            }
            if (Fold.key(text.substring(unit.start(), unit.end())).matches("(?:.* )?(?:cac|nhung|toan the)(?: .*)?")
                    && collectiveTail(text, folded, next)) {
                int tailEnd = wordsUntilStop(text, folded, next, 6, true);
                out.set(out.size() - 1, new Span(unit.start(), tailEnd, false));
                i = tailEnd;
                // the collective phrase may go on: "các sở, ban, ngành"
                int k = skipSpaces(folded, tailEnd);
                if (k < folded.length() && folded.charAt(k) == ',' && collectiveTail(text, folded, skipSpaces(folded, k + 1))) {
                    Span merged = out.get(out.size() - 1);
                    int more = wordsUntilStop(text, folded, skipSpaces(folded, k + 1), 6, true);
                    out.set(out.size() - 1, new Span(merged.start(), more, false));
                    i = more;
                }
                j = skipSpaces(folded, i);
                if (j < folded.length() && folded.charAt(j) == ',' && startsUnit(text, folded, j + 1)) {
                    i = skipSpaces(folded, j + 1);
                    continue;
                }
                break;
            }
            if (!startsUnit(text, folded, next)) {
                break;
            }
            i = next;
        }
        return out;
    }

    private static boolean collectiveTail(String text, String folded, int at) {
        if (at >= folded.length() || Character.isUpperCase(text.charAt(at))) {
            return false;
        }
        for (String tail : COLLECTIVE_TAIL) {
            if (folded.startsWith(tail, at) && boundary(folded, at + tail.length())) {
                return true;
            }
        }
        return false;
    }

    /** One unit or person starting at {@code i}, or null. */
    private static Span unit(String text, String folded, int i) {
        int honorific = honorificEnd(text, folded, i);
        if (honorific > 0) {
            int end = personAt(text, honorific);
            return end > honorific ? new Span(honorific, end, true) : null;
        }
        int catalogued = UnitNames.unitAt(folded, i);
        if (catalogued > i) {
            // "Văn phòng Sở Tài chính" is not the Department's office, "các đơn vị liên quan" not all its units:
            // when words go on after the catalogued name, the longer, generic reading wins.
            int after = skipSpaces(folded, catalogued);
            boolean continues = after < text.length() && after == catalogued + 1 && Character.isLetter(text.charAt(after))
                    && verbAt(lower(text), after) == null && !STOP_WORDS.contains(wordAt(lower(text), after));
            if (!continues) {
                return new Span(i, catalogued, false);
            }
            int generic = wordsUntilStop(text, folded, i, 16, false);
            return new Span(i, Math.max(generic, catalogued), false);
        }
        if (!startsUnit(text, folded, i)) {
            return null;
        }
        int end = wordsUntilStop(text, folded, i, 16, false);
        return end > i ? new Span(i, end, false) : null;
    }

    /** After "đồng chí", "ông", "bà" followed by a capitalised name: where the name starts, else -1. */
    private static int honorificEnd(String text, String folded, int i) {
        Matcher m = HONORIFIC.matcher(folded).region(i, folded.length());
        if (m.lookingAt() && m.end() < text.length() && Character.isUpperCase(text.charAt(m.end()))
                && (i == 0 || !Character.isLetter(folded.charAt(i - 1)))) {
            return m.end();
        }
        return -1;
    }

    /** A personal name of capitalised words, then ", <title>" when a title follows. */
    private static int personAt(String text, int start) {
        int i = start;
        int words = 0;
        int end = start;
        while (i < text.length() && words < 6) {
            int w = i;
            while (w < text.length() && Character.isLetter(text.charAt(w))) {
                w++;
            }
            if (w == i || !Character.isUpperCase(text.charAt(i))) {
                break;
            }
            words++;
            end = w;
            i = w;
            if (i < text.length() && text.charAt(i) == ' ') {
                i++;
            } else {
                break;
            }
        }
        if (words < 2) {
            return -1;
        }
        String folded = Fold.fold(text);
        int j = skipSpaces(folded, end);
        if (j < folded.length() && folded.charAt(j) == ',') {
            int t = skipSpaces(folded, j + 1);
            if (TITLE_START.matcher(folded).region(t, folded.length()).lookingAt()) {
                int titleEnd = wordsUntilStop(text, folded, t, 10, false);
                if (titleEnd > t) {
                    return titleEnd;
                }
            }
        }
        return end;
    }

    /**
     * Words from {@code i} up to a stop: punctuation, a lower-case verb or preposition, "và" before a verb
     * or another unit. The word after the kind word always belongs to the name ("Ban quản lý …").
     */
    private static int wordsUntilStop(String text, String folded, int i, int max, boolean collective) {
        int pos = i;
        int end = i;
        int words = 0;
        String lowerText = lower(text);
        while (pos < folded.length() && words < max) {
            char c = folded.charAt(pos);
            if (c == ',' || c == ';' || c == '.' && (pos + 1 >= folded.length() || folded.charAt(pos + 1) == ' ')
                    || c == ':' || c == '(' || c == ')' || c == '“' || c == '”' || c == '"' || c == '\n' || c == '?'
                    || c == '!') {
                break;
            }
            if (c == ' ') {
                pos++;
                continue;
            }
            int w = pos;
            while (w < folded.length() && folded.charAt(w) != ' ' && ",;:()“”\"\n".indexOf(folded.charAt(w)) < 0
                    && !(folded.charAt(w) == '.' && (w + 1 >= folded.length() || folded.charAt(w + 1) == ' '))) {
                w++;
            }
            String original = lowerText.substring(pos, w);
            boolean lower = Character.isLowerCase(text.charAt(pos));
            if (words >= 1 && lower) {
                if (original.equals("và") || original.equals("hoặc")) {
                    int n = skipSpaces(folded, w);
                    if (n >= folded.length() || verbAt(lowerText, n) != null && Character.isLowerCase(text.charAt(n))
                            || startsUnit(text, folded, n) && !collective) {
                        break;
                    }
                } else if (STOP_WORDS.contains(original) || verbAt(lowerText, pos) != null) {
                    if (!(words == 1 && !collective && !STOP_WORDS.contains(original))) {
                        break;
                    }
                }
            }
            words++;
            end = w;
            pos = w;
        }
        return end;
    }

    /** The verb or preposition (from the lexicon) starting at {@code i} of the lower-cased text, or null. */
    static String verbAt(String lower, int i) {
        int w = i;
        while (w < lower.length() && Character.isLetter(lower.charAt(w))) {
            w++;
        }
        List<String> candidates = VERBS_BY_FIRST.get(lower.substring(i, w));
        if (candidates == null) {
            return null;
        }
        String best = null;
        for (String verb : candidates) {
            if (lower.startsWith(verb, i) && boundary(lower, i + verb.length())
                    && (best == null || verb.length() > best.length())) {
                best = verb;
            }
        }
        return best;
    }

    private static String wordAt(String lower, int i) {
        int w = i;
        while (w < lower.length() && Character.isLetter(lower.charAt(w))) {
            w++;
        }
        return lower.substring(i, w);
    }

    /** Lower case, one character for one character; the last answer is kept. */
    static String lower(String text) {
        String[] last = LAST_LOWER.get();
        if (last[0] == text) {
            return last[1];
        }
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        last[0] = text;
        last[1] = new String(out);
        return last[1];
    }

    private static boolean boundary(String folded, int at) {
        return at >= folded.length() || !Character.isLetterOrDigit(folded.charAt(at));
    }

    private static int skipSpaces(String folded, int i) {
        while (i < folded.length() && folded.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static String written(String text, Span span) {
        return text.substring(span.start(), span.end()).strip().replaceAll("[,;:]+$", "").strip();
    }
}
