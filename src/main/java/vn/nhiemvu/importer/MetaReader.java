package vn.nhiemvu.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.importer.Outline.Line;

/**
 * The document's own metadata (GOLD-FORMAT.md §1.1), read from its header ("Số: 06/BC-KHCN", "Bắc Giang, ngày
 * 14 tháng 01 năm 2023", the type name and trích yếu, "Kính gửi"), its signature block and "Nơi nhận", never
 * from what a web page wraps around it; and where the body, the signature and an appendix lie.
 */
final class MetaReader {

    /** Line indexes: the body is [bodyStart, bodyEnd); an appendix, if any, starts at appendixStart. */
    record Layout(int bodyStart, int bodyEnd, int appendixStart) {
    }

    record Result(ProposalMeta meta, Layout layout, Integer year, String assigner, boolean standingSchedule) {
    }

    /** Web copies put menus and breadcrumbs above the document: its header is looked for this far. */
    private static final int HEADER_LINES = 150;
    private static final Pattern NUMBER = Pattern.compile(
            "^\\s*(?:Số|SỐ|Số hiệu)\\s*:?\\s*([0-9][0-9A-Za-zĐđ.\\-]*)?\\s*[._…]*\\s*/\\s*([A-ZĐ][A-ZĐa-zđ0-9&.\\-–]*)");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?:^|hanh phuc\\s*|/[a-z0-9&.\\-]+\\s+)\\s*([^\\d,;:/]{2,60}?)\\s*,\\s*ngay\\b[\\s._…\\-]*(\\d{1,2})?[\\s._…\\-]*thang[\\s._…\\-]*(\\d{1,2})?[\\s._…\\-]*nam[\\s._…\\-]*(\\d{4})");
    private static final Pattern PLACE_DATE_NUMERIC = Pattern.compile(
            "(?:^|hanh phuc\\s*|/[a-z0-9&.\\-]+\\s+)\\s*([^\\d,;:/]{2,60}?)\\s*,\\s*ngay\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Map<String, String> TYPES = new java.util.LinkedHashMap<>();

    static {
        TYPES.put("BÁO CÁO", "BC");
        TYPES.put("KẾ HOẠCH", "KH");
        TYPES.put("THÔNG BÁO", "TB");
        TYPES.put("QUYẾT ĐỊNH", "QĐ");
        TYPES.put("CHỈ THỊ", "CT");
        TYPES.put("TỜ TRÌNH", "TTr");
        TYPES.put("CÔNG VĂN", "CV");
        TYPES.put("KẾT LUẬN", "KL");
        TYPES.put("NGHỊ QUYẾT", "NQ");
        TYPES.put("CHƯƠNG TRÌNH", "CTr");
        TYPES.put("ĐỀ ÁN", "ĐA");
        TYPES.put("HƯỚNG DẪN", "HD");
        TYPES.put("PHƯƠNG ÁN", "PA");
        TYPES.put("QUY CHẾ", "QC");
        TYPES.put("QUY ĐỊNH", "QyĐ");
        TYPES.put("GIẤY MỜI", "GM");
        TYPES.put("CÔNG ĐIỆN", "CĐ");
        TYPES.put("BIÊN BẢN", "BB");
    }

    private static final java.util.Set<String> TYPE_CODES = java.util.Set.of("NQ", "QĐ", "CT", "QC", "QyĐ", "QYĐ", "TC",
            "TB", "HD", "CTr", "CTR", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "TTR", "HĐ", "CĐ", "BGN", "BTT", "GUQ",
            "GM", "GGT", "GNP", "PG", "PC", "PB", "KL", "TB-VP");
    private static final Pattern SIGN_TITLE = Pattern.compile(
            "^(?:KT\\.|TL\\.|TM\\.|Q\\.|TUQ\\.|K/T|T/L|T/M)?\\s*(?:PHÓ\\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|"
                    + "TRƯỞNG PHÒNG|TRƯỞNG BAN|CHI CỤC TRƯỞNG|BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TRƯỞNG|BÍ THƯ|CỤC TRƯỞNG|VIỆN TRƯỞNG|"
                    + "ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ|BAN|THƯỜNG TRỰC|TỔNG CỤC TRƯỞNG|HIỆU TRƯỞNG|NGƯỜI KÝ|"
                    + "CHỦ NHIỆM|TRƯỞNG ĐOÀN|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|TỔ TRƯỞNG)\\b.*$");
    private static final Pattern SIGNED = Pattern.compile(
            "^\\(?\\s*(?:đã ký|da ky|ký|đã ký và đóng dấu|ký tên,? đóng dấu|signed)\\s*\\)?\\.?$|^\\[.*\\]$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RECIPIENTS = Pattern.compile("^(?:Nơi nhận|NƠI NHẬN|Nơi gửi)\\s*:?\\s*(.*)$");
    private static final Pattern APPENDIX = Pattern.compile("^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|BIỂU|Biểu số)\\b");
    private static final Pattern AGENCY = Pattern.compile(
            "^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|SỞ|BỘ|VĂN PHÒNG|BAN|CỤC|TỔNG CỤC|HỘI ĐỒNG|TỈNH ỦY|TỈNH UỶ|THANH TRA|CHI CỤC|"
                    + "TRUNG TÂM|ĐẢNG ỦY|ĐẢNG UỶ|VIỆN|CHÍNH PHỦ|THỦ TƯỚNG)\\b");
    private static final Pattern PROVINCE_IN_HEADER = Pattern.compile("(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|TỈNH ỦY|TỈNH UỶ|HĐND)\\s+(?:TỈNH|THÀNH PHỐ)\\s+(.+)$");
    private static final Pattern PROVINCE_IN_BODY = Pattern.compile("(?<![\\p{L}])tỉnh\\s+((?:\\p{Lu}[\\p{L}]*)(?:\\s+\\p{Lu}[\\p{L}]*){0,2})");
    private static final Pattern CONCLUSION_OF = Pattern.compile(
            "(?i)(?:kết luận|ý kiến chỉ đạo|ý kiến kết luận|chỉ đạo) của\\s+(?:đồng chí\\s+)?(.+?)\\s+(?:tại|về|trong|ở|đối với)\\s");
    private static final Pattern SOURCE_DOCUMENT = Pattern.compile(
            "(?:Công văn|Quyết định|Thông báo|Kế hoạch|Chỉ thị|Văn bản|Kết luận|Nghị quyết|Công điện)\\s+(?:số\\s+)?\\d+[\\w/.&\\-Đđ]*/[\\w&.\\-Đđ]+\\s*,?\\s*ngày\\s*\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern BODY_START = Pattern.compile(
            "(?:can cu|thuc hien|theo|ngay \\d|hom nay|vua qua|trong|de |sau khi|tai |nham|ve viec|thang \\d)");
    /** On a web page, what follows these lines is the site's, not the document's. */
    private static final Pattern PAGE_END = Pattern.compile(
            "^(?:văn bản liên quan|tin liên quan|các tin khác|tin khác|bài viết liên quan|tin cùng chuyên mục|bình luận|"
                    + "ý kiến bạn đọc|gửi ý kiến|các văn bản khác|xem thêm các tin|tin mới nhất|tin đã đưa)\\b.{0,40}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUBLISHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    private MetaReader() {
    }

    static Result read(List<Line> lines) {
        int n = pageEnd(lines);
        List<Integer> header = nonBlank(lines, 0, n, HEADER_LINES);
        String number = null;
        String symbol = null;
        int numberLine = -1;
        String place = null;
        String date = null;
        Integer year = null;
        int dateLine = -1;
        for (int i : header) {
            String text = lines.get(i).text();
            if (numberLine < 0 && !Outline.isDebris(text)) {
                Matcher m = NUMBER.matcher(text);
                if (m.find()) {
                    number = blankToNull(m.group(1));
                    symbol = m.group(2).replaceAll("[.,;]+$", "");
                    numberLine = i;
                }
            }
            if (dateLine < 0 && text.length() <= 240) {
                String folded = Fold.fold(text);
                if (!folded.contains("ngay") || folded.indexOf(',') < 0) {
                    continue;
                }
                Matcher m = PLACE_DATE.matcher(folded);
                boolean words = m.find();
                if (!words) {
                    m = PLACE_DATE_NUMERIC.matcher(folded);
                }
                if (words || m.find()) {
                    place = place(text.substring(m.start(1), m.end(1)));
                    year = Integer.valueOf(m.group(4));
                    String month = m.group(3);
                    String day = m.group(2);
                    date = month == null ? m.group(4)
                            : day == null ? String.format("%s-%02d", m.group(4), Integer.parseInt(month))
                                    : String.format("%s-%02d-%02d", m.group(4), Integer.parseInt(month), Integer.parseInt(day));
                    dateLine = i;
                }
            }
        }
        // Type name and trích yếu
        String typeName = null;
        String subject = null;
        int titleLine = -1;
        int subjectEnd = -1;
        for (int i : header) {
            String text = lines.get(i).text().replaceAll("[*_#]", "").strip();
            if (!Outline.allCaps(text) || text.length() > 80) {
                continue;
            }
            for (String type : TYPES.keySet()) {
                if (text.equals(type) || text.startsWith(type + " ") && text.split("\\s+").length <= 8) {
                    typeName = type;
                    titleLine = i;
                    String rest = text.substring(type.length()).strip();
                    List<String> parts = new ArrayList<>();
                    if (!rest.isEmpty()) {
                        parts.add(sentenceCase(rest));
                    }
                    int j = i + 1;
                    while (j < n && lines.get(j).blank() && parts.isEmpty()) {
                        j++;
                    }
                    while (j < n && !lines.get(j).blank() && !lines.get(j).table() && parts.size() < 4) {
                        String t = lines.get(j).text().strip();
                        String f = Fold.fold(t);
                        boolean labelled = Outline.label(t, lines.get(j)).type != Outline.Type.PARA
                                && Outline.label(t, lines.get(j)).type != Outline.Type.BOLD;
                        if (f.startsWith("kinh gui") || f.startsWith("can cu") || t.matches("^[-_=*]{3,}$")
                                || parts.size() > 0 && (t.length() > 250 || labelled || BODY_START.matcher(f).lookingAt())) {
                            break;
                        }
                        parts.add(t);
                        subjectEnd = j;
                        j++;
                    }
                    subject = parts.isEmpty() ? null : String.join(" ", parts).replaceAll("\\s+", " ").strip();
                    break;
                }
            }
            if (typeName != null) {
                break;
            }
        }
        // V/v of a công văn
        int vvLine = -1;
        if (subject == null) {
            for (int i : header) {
                String t = lines.get(i).text();
                if (t.matches("^(?:V/v|V/V|Về việc)\\b.*")) {
                    List<String> parts = new ArrayList<>(List.of(t.strip()));
                    int j = i + 1;
                    while (j < n && !lines.get(j).blank() && !Fold.fold(lines.get(j).text()).startsWith("kinh gui")
                            && Character.isLowerCase(firstLetter(lines.get(j).text()))) {
                        parts.add(lines.get(j).text().strip());
                        j++;
                    }
                    subject = String.join(" ", parts);
                    vvLine = j - 1;
                    break;
                }
            }
        }
        // Kính gửi
        String addressee = null;
        int addresseeEnd = -1;
        for (int i : header) {
            String t = lines.get(i).text();
            Matcher m = Pattern.compile("^(?:Kính gửi|KÍNH GỬI)\\s*:?\\s*(.*)$").matcher(t);
            if (m.find()) {
                List<String> parts = new ArrayList<>();
                if (!m.group(1).isBlank()) {
                    parts.add(m.group(1).strip().replaceAll("[;.]+$", ""));
                }
                int j = i + 1;
                while (j < n && (lines.get(j).text().matches("^[-–+•]\\s+.*") || lines.get(j).blank() && j + 1 < n
                        && lines.get(j + 1).text().matches("^[-–+•]\\s+.*") && parts.isEmpty())) {
                    if (!lines.get(j).blank()) {
                        parts.add(lines.get(j).text().replaceFirst("^[-–+•]\\s+", "").strip().replaceAll("[;.]+$", ""));
                    }
                    j++;
                }
                addressee = parts.isEmpty() ? null : String.join("; ", parts);
                addresseeEnd = j - 1;
                break;
            }
        }
        int bodyStart = 1 + Math.max(Math.max(numberLine, dateLine), Math.max(Math.max(subjectEnd, titleLine),
                Math.max(addresseeEnd, vvLine)));
        if (bodyStart <= 0) {
            bodyStart = 0;
        }
        // Footer: recipients, signature, appendix
        int recipientsLine = -1;
        for (int i = bodyStart; i < n; i++) {
            if (RECIPIENTS.matcher(lines.get(i).text()).find() && lines.get(i).text().length() < 200) {
                recipientsLine = i;
                break;
            }
        }
        int[] signature = signature(lines, bodyStart, n);
        int bodyEnd = n;
        if (recipientsLine >= 0) {
            bodyEnd = recipientsLine;
        }
        if (signature != null && signature[0] < bodyEnd) {
            bodyEnd = signature[0];
        }
        List<String> recipients = new ArrayList<>();
        int recipientsEnd = recipientsLine;
        if (recipientsLine >= 0) {
            Matcher m = RECIPIENTS.matcher(lines.get(recipientsLine).text());
            if (m.find() && !m.group(1).isBlank()) {
                recipients.add(recipient(m.group(1)));
            }
            int blanks = 0;
            for (int j = recipientsLine + 1; j < n; j++) {
                String t = lines.get(j).text().strip();
                if (lines.get(j).blank()) {
                    if (++blanks > 1) {
                        break;
                    }
                    continue;
                }
                if (signature != null && j >= signature[0] && j <= signature[2] || APPENDIX.matcher(t).find()
                        || lines.get(j).table()) {
                    break;
                }
                boolean item = t.matches("^[-–+•*]\\s*.*");
                if (!item && !t.endsWith(":") && !t.endsWith(";") && !t.endsWith(".") && blanks > 0) {
                    break;
                }
                blanks = 0;
                recipientsEnd = j;
                if (item || t.endsWith(";") || t.endsWith(".")) {
                    recipients.add(recipient(t));
                }
            }
        }
        int footerEnd = Math.max(recipientsEnd, signature == null ? -1 : signature[2]);
        int appendixStart = -1;
        for (int i = Math.max(bodyEnd, 0); i < n; i++) {
            if (APPENDIX.matcher(lines.get(i).text()).find() && i > bodyEnd) {
                appendixStart = i;
                break;
            }
        }
        if (appendixStart < 0 && footerEnd >= 0 && footerEnd + 1 < n) {
            // Content after the signature without a "Phụ lục" line is an appendix only when it holds a table.
            for (int i = footerEnd + 1; i < n; i++) {
                if (lines.get(i).table()) {
                    for (int k = footerEnd + 1; k <= i; k++) {
                        if (!lines.get(k).blank()) {
                            appendixStart = k;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        String signer = null;
        String signerTitle = null;
        String block = null;
        if (signature != null) {
            List<String> titles = new ArrayList<>();
            for (int i = signature[0]; i <= signature[1]; i++) {
                if (!lines.get(i).blank()) {
                    titles.add(lines.get(i).text().replaceAll("[*_]", "").strip());
                }
            }
            signerTitle = titles.get(titles.size() - 1);
            block = String.join(" / ", titles);
            signer = lines.get(signature[2]).text().replaceAll("[*_]", "").strip();
        }
        // Kind, issuer, province, title
        String kind = null;
        if (symbol != null) {
            String first = symbol.split("[-–]")[0];
            kind = TYPE_CODES.contains(first) ? normaliseCode(first) : "CV";
        } else if (typeName != null) {
            kind = TYPES.get(typeName);
        } else if (subject != null && subject.startsWith("V")) {
            kind = "CV";
        }
        List<String> headerAgencies = new ArrayList<>();
        String headerProvince = null;
        int limit = titleLine >= 0 ? titleLine : numberLine >= 0 ? numberLine + 1 : Math.min(n, 12);
        for (int i : header) {
            if (i >= limit) {
                break;
            }
            String t = lines.get(i).text().replaceAll("[*_#]", "").strip();
            Matcher p = PROVINCE_IN_HEADER.matcher(t);
            if (p.find()) {
                headerProvince = properName(p.group(1).replaceAll("\\s*(?:CỘNG HÒA|CỘNG HOÀ).*$", ""));
            }
            if (Outline.allCaps(t) && AGENCY.matcher(t).find() && !t.contains("CỘNG HÒA") && !t.contains("CỘNG HOÀ")) {
                String agency = t.replaceAll("\\s*(?:CỘNG HÒA|CỘNG HOÀ).*$", "").replaceAll("\\s*Số\\s*:.*$", "");
                // "ỦY BAN NHÂN DÂN" on one line, "TỈNH LẠNG SƠN" on the next.
                int next = header.indexOf(i) + 1;
                if (Fold.key(agency).matches("(?:uy ban nhan dan|ubnd)") && next < header.size()) {
                    String more = lines.get(header.get(next)).text().replaceAll("[*_#]", "").strip();
                    Matcher where = Pattern.compile("^(TỈNH|THÀNH PHỐ|HUYỆN)\\s+(.+)$").matcher(more);
                    if (where.find()) {
                        agency = agency + " " + more;
                        if (!where.group(1).equals("HUYỆN")) {
                            headerProvince = properName(where.group(2));
                        }
                    }
                }
                headerAgencies.add(agency);
            }
        }
        String issuer = null;
        if (!headerAgencies.isEmpty()) {
            issuer = agencyName(headerAgencies.get(headerAgencies.size() - 1));
        }
        if (issuer == null && symbol != null) {
            issuer = issuerFromSymbol(symbol);
        }
        String body = joined(lines, bodyStart, bodyEnd);
        if (issuer == null && Pattern.compile("Sở (?:Khoa học và Công nghệ|KH&CN|KHCN)").matcher(body).find()) {
            issuer = "Sở Khoa học và Công nghệ";
        }
        if (kind == null && typeName == null && symbol == null) {
            kind = "TIN";
        }
        String sourceDocument = null;
        if ("TIN".equals(kind)) {
            Matcher s = SOURCE_DOCUMENT.matcher(body);
            if (s.find()) {
                sourceDocument = s.group().strip();
                String before = body.substring(Math.max(0, s.start() - 80), s.start());
                Matcher who = Pattern.compile("(UBND tỉnh|Ủy ban nhân dân tỉnh|Chủ tịch UBND tỉnh|Văn phòng UBND tỉnh|Văn phòng Chính phủ|"
                        + "Thủ tướng Chính phủ|Bộ [\\p{Lu}][\\p{L}&]*(?: [\\p{L}&]+){0,4}|Tỉnh ủy|HĐND tỉnh)").matcher(before);
                String found = null;
                while (who.find()) {
                    found = who.group(1);
                }
                if (found != null) {
                    issuer = found.replace("UBND", "Ủy ban nhân dân");
                }
            }
            if (date == null) {
                for (int i : nonBlank(lines, 0, n, 12)) {
                    Matcher d = PUBLISHED.matcher(lines.get(i).text());
                    if (d.find()) {
                        date = String.format("%s-%02d-%02d", d.group(3), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
                        year = Integer.valueOf(d.group(3));
                        break;
                    }
                }
            }
        }
        String province = headerProvince;
        boolean national = issuer != null && issuer.matches("(?:Văn phòng Chính phủ|Thủ tướng Chính phủ|Chính phủ|Bộ .*)");
        if (province == null && !national) {
            province = place != null && !Fold.key(place).matches("(?:thanh pho|tp|thi xa|huyen) .*") ? place : null;
            if (province == null) {
                province = mostFrequentProvince(body);
            }
        }
        String title = null;
        if (typeName != null) {
            title = sentenceCase(typeName) + (subject == null ? "" : " " + subject);
        } else if ("CV".equals(kind) && subject != null) {
            title = "Công văn " + subject;
        } else if ("TIN".equals(kind)) {
            title = headline(lines, bodyStart, bodyEnd);
        }
        String assigner = issuer;
        if ("TB".equals(kind) || "KL".equals(kind)) {
            Matcher c = CONCLUSION_OF.matcher((subject == null ? "" : subject + " ") + firstParagraph(lines, bodyStart, bodyEnd));
            if (c.find()) {
                assigner = c.group(1).strip();
            }
        }
        if (year == null) {
            year = yearOf(subject == null ? "" : subject);
        }
        if (year == null) {
            year = mostFrequentYear(body);
        }
        String foldedSubject = Fold.fold(subject == null ? "" : subject);
        boolean standing = foldedSubject.contains("che do bao cao") || foldedSubject.contains("bao cao dinh ky")
                || foldedSubject.contains("lich cong tac") || foldedSubject.contains("quy che");
        boolean partial = foldedSubject.contains("(trich)") || Fold.fold(body).startsWith("(trich)");
        ProposalMeta meta = new ProposalMeta(kind, symbol, number, place, date, issuer, province, addressee, signer,
                signerTitle, block, title, "TIN".equals(kind) ? null : subject, sourceDocument, partial, recipients);
        return new Result(meta, new Layout(bodyStart, Math.max(bodyStart, bodyEnd), appendixStart), year, assigner, standing);
    }

    /** The index of the first line of a web page's trailer ("Văn bản liên quan", "Tin khác"…), or the line count. */
    static int pageEnd(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 5 && PAGE_END.matcher(lines.get(i).text().strip()).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** [first title line, last title line, name line] of the signature block, or null. */
    private static int[] signature(List<Line> lines, int from, int n) {
        for (int i = from; i < n; i++) {
            String t = lines.get(i).text().replaceAll("[*_]", "").strip();
            if (t.isEmpty() || lines.get(i).table() || !Outline.allCaps(t) || !SIGN_TITLE.matcher(t).find() || t.length() > 70) {
                continue;
            }
            int last = i;
            int j = i + 1;
            while (j < n) {
                String u = lines.get(j).text().replaceAll("[*_]", "").strip();
                if (lines.get(j).blank() || SIGNED.matcher(u).find()) {
                    j++;
                    continue;
                }
                if (Outline.allCaps(u) && u.length() <= 70 && !isName(u)) {
                    last = j;
                    j++;
                    continue;
                }
                break;
            }
            if (j < n && isName(lines.get(j).text().replaceAll("[*_]", "").strip())) {
                return new int[] {i, last, j};
            }
        }
        return null;
    }

    private static boolean isName(String text) {
        String t = text.strip();
        if (t.length() > 45 || t.matches(".*\\d.*")) {
            return false;
        }
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return !Outline.allCaps(t) || !SIGN_TITLE.matcher(t).find();
    }

    private static String recipient(String text) {
        return text.replaceFirst("^[-–+•*]\\s*", "").strip().replaceAll("[;.,]+$", "").strip();
    }

    private static String place(String raw) {
        String p = raw.replaceAll("[*_#]", "").strip();
        String folded = Fold.fold(p);
        int motto = folded.lastIndexOf("hanh phuc");
        if (motto >= 0) {
            p = p.substring(motto + "hanh phuc".length());
        }
        p = p.replaceAll("^[\\s\\-–:.]+", "").strip();
        while (p.matches("^\\S*[/\\-]\\S*\\s+.*")) {
            p = p.replaceFirst("^\\S+\\s+", "");
        }
        String[] words = p.split("\\s+");
        if (words.length > 5) {
            p = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 5, words.length));
        }
        return p.isEmpty() ? null : p;
    }

    private static String issuerFromSymbol(String symbol) {
        for (String part : symbol.split("[-–]")) {
            String key = Fold.key(part).replace(" ", "");
            switch (key) {
                case "khcn", "skhcn", "skh&cn", "kh&cn", "sokhcn" -> {
                    return "Sở Khoa học và Công nghệ";
                }
                case "ubnd" -> {
                    return "Ủy ban nhân dân tỉnh";
                }
                case "vpcp" -> {
                    return "Văn phòng Chính phủ";
                }
                case "bkhcn" -> {
                    return "Bộ Khoa học và Công nghệ";
                }
                case "stc" -> {
                    return "Sở Tài chính";
                }
                case "snv" -> {
                    return "Sở Nội vụ";
                }
                case "skhdt", "skh&dt" -> {
                    return "Sở Kế hoạch và Đầu tư";
                }
                case "tu" -> {
                    return "Tỉnh ủy";
                }
                case "hdnd" -> {
                    return "Hội đồng nhân dân tỉnh";
                }
                default -> {
                }
            }
        }
        return null;
    }

    /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" → "Sở Khoa học và Công nghệ"; "UBND TỈNH BẮC GIANG" → "Ủy ban nhân dân tỉnh". */
    static String agencyName(String caps) {
        String key = Fold.key(caps);
        if (key.matches("(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) .*")) {
            return "Ủy ban nhân dân " + (key.contains("thanh pho") ? "thành phố" : "tỉnh");
        }
        if (key.matches("so (?:khoa hoc va cong nghe|kh&cn|khcn).*")) {
            return "Sở Khoa học và Công nghệ";
        }
        if (key.startsWith("van phong chinh phu")) {
            return "Văn phòng Chính phủ";
        }
        String provincial = UnitNames.canonical(caps);
        String s = sentenceCase(caps);
        String[] words = s.split("\\s+");
        if (words.length >= 2 && words[0].matches("Sở|Bộ|Ban|Cục|Chi|Văn|Trung|Viện|Thanh|Tổng")) {
            int second = words[0].equals("Chi") || words[0].equals("Văn") || words[0].equals("Trung")
                    || words[0].equals("Tổng") ? 2 : 1;
            if (words.length > second) {
                words[second] = Character.toUpperCase(words[second].charAt(0)) + words[second].substring(1);
            }
            s = String.join(" ", words);
        }
        return provincial != null && !Fold.key(provincial).equals(key) && !provincial.equals(s) ? provincial : s;
    }

    static String sentenceCase(String caps) {
        String lower = caps.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        String[] words = lower.split("\\s+");
        String[] original = caps.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String o = i < original.length ? original[i] : w;
            boolean acronym = o.length() >= 2 && o.matches("[A-ZĐ&\\-]+") && !o.matches(".*[AEIOUYĂÂÊÔƠƯ].*")
                    || o.matches("KH&CN|KHCN|UBND|HĐND|TĐC|SHTT|ĐMST|KTXH|NQ-CP|QĐ-UBND") || o.contains("/");
            String word = acronym ? o : w;
            if (i == 0 && !acronym && !word.isEmpty()) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    private static String properName(String caps) {
        StringBuilder out = new StringBuilder();
        for (String w : caps.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    private static String mostFrequentProvince(String body) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = PROVINCE_IN_BODY.matcher(body);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s+(?:Tỉnh|Về|Năm|Giai|Lần|Thực|Và).*$", "");
            if (!name.isEmpty() && !Fold.key(name).startsWith("uy")) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static Integer yearOf(String text) {
        Matcher m = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)").matcher(text);
        Integer last = null;
        while (m.find()) {
            last = Integer.valueOf(m.group(1));
        }
        return last;
    }

    private static Integer mostFrequentYear(String body) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("(?:năm|/)\\s*((?:19|20)\\d{2})(?!\\d)").matcher(body);
        while (m.find()) {
            counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private static String headline(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = lines.get(i).text().strip();
            if (!lines.get(i).blank() && !lines.get(i).table() && !Outline.isDebris(t) && t.split("\\s+").length >= 5
                    && !PUBLISHED.matcher(t).lookingAt()) {
                return t;
            }
        }
        return null;
    }

    private static String firstParagraph(List<Line> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!lines.get(i).blank() && !lines.get(i).table()) {
                return lines.get(i).text();
            }
        }
        return "";
    }

    private static String joined(List<Line> lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            out.append(lines.get(i).text()).append('\n');
        }
        return out.toString();
    }

    private static List<Integer> nonBlank(List<Line> lines, int from, int to, int max) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to && out.size() < max; i++) {
            if (!lines.get(i).blank()) {
                out.add(i);
            }
        }
        return out;
    }

    private static char firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return text.charAt(i);
            }
        }
        return 'A';
    }

    private static String normaliseCode(String code) {
        return switch (code) {
            case "QYĐ" -> "QyĐ";
            case "CTR" -> "CTr";
            case "TTR" -> "TTr";
            default -> code;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
