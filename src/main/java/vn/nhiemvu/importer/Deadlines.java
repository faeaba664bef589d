package vn.nhiemvu.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.task.DeadlineKind;

/**
 * Deadlines as written (GOLD-FORMAT.md §5): a date, a month, a quarter, a half-year, a year, a starting
 * year, a recurrence, an event, or another time expression, read only where a temporal marker bounds the
 * work ("trước ngày", "trong năm", "từ năm", "thời gian hoàn thành", "hàng tháng", "thường xuyên", "khi có
 * yêu cầu"), never from the dates of cited documents, the years naming a plan or an event, or a
 * periodicity describing an object. Matching is done on the folded text (no diacritics, lower case), whose
 * offsets are those of the original.
 */
final class Deadlines {

    /** What a deadline depends on beyond its own words: the year the document makes implicit. */
    record Context(Integer year, boolean standingSchedule) {
    }

    private static final String D = "(\\d{1,2})";
    private static final String SEP = "\\s*[/.\\-]\\s*";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String ROMAN_Q = "(iv|i{1,3}|[1-4])(?![a-z])";

    private static final Pattern BEFORE_DATE = Pattern.compile(
            "(?:truoc|cham nhat(?: la)?(?: vao)?|han chot|den het|muon nhat|khong qua)\\s+(?:ngay\\s+)?" + D + SEP + D + "(?:" + SEP + YEAR + ")?(?![\\d/])");
    private static final Pattern BEFORE_DATE_WORDS = Pattern.compile(
            "(?:truoc|cham nhat(?: la)?(?: vao)?|den het)\\s+ngay\\s+" + D + "\\s+thang\\s+" + D + "(?:\\s+nam\\s+" + YEAR + ")?");
    private static final Pattern LABEL = Pattern.compile(
            "(?:thoi gian|thoi han)(?:\\s+(?:hoan thanh|thuc hien|trinh|gui|bao cao|nop|xong))?(?:\\s*[:\\-]\\s*|\\s+)");
    private static final Pattern MONTH_NUMERIC = Pattern.compile("^(?:thang\\s+)?" + D + "\\s*/\\s*" + YEAR + "$");
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])" + D + SEP + D + "(?:" + SEP + YEAR + ")?(?![\\d/])");
    private static final Pattern DATE_WORDS = Pattern.compile("ngay\\s+" + D + "\\s+thang\\s+" + D + "(?:\\s+nam\\s+" + YEAR + ")?");
    private static final Pattern MONTH = Pattern.compile("thang\\s+" + D + "(?:\\s*/\\s*|\\s+nam\\s+|\\s*-\\s*)" + YEAR);
    private static final Pattern MONTH_MARKED = Pattern.compile(
            "(?:trong|truoc|vao|den het|hoan thanh|xong|trinh|thuc hien)\\s+(?:cuoi\\s+|dau\\s+)?thang\\s+" + D + "(?:\\s*/\\s*|\\s+nam\\s+|\\s*-\\s*)?" + YEAR + "?");
    private static final Pattern MONTH_LIST = Pattern.compile(
            "thang\\s+\\d{1,2}(?:\\s*(?:,|va)\\s*(?:thang\\s+)?\\d{1,2}){1,11}(?:\\s*/\\s*" + YEAR + ")?");
    private static final Pattern QUARTER = Pattern.compile("quy\\s+" + ROMAN_Q + "(?:\\s*/\\s*|\\s+nam\\s+|\\s*-\\s*)?" + YEAR + "?");
    private static final Pattern HALF = Pattern.compile("6\\s+thang\\s+(dau|cuoi)\\s+(?:nam\\s+)?" + YEAR + "?");
    private static final Pattern YEAR_MARKED = Pattern.compile(
            "(?:trong|trong ca|ca|den het|hoan thanh trong|thuc hien trong|xong trong)\\s+nam\\s+" + YEAR);
    private static final Pattern FROM = Pattern.compile(
            "tu\\s+(?:nam\\s+" + YEAR + "|quy\\s+" + ROMAN_Q + "(?:\\s*/\\s*|\\s+nam\\s+)" + YEAR + "|thang\\s+" + D + "(?:\\s*/\\s*|\\s+nam\\s+)" + YEAR + ")");
    private static final Pattern BATCH = Pattern.compile(
            "(?:nhiem vu|de tai|du an|dtda|chuong trinh|ke hoach|de an|hop dong)(?:\\s+\\S+){0,4}\\s+(?:thuc hien|bat dau|trien khai)(?:\\s+thuc hien)?\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:den|-|–)\\s*(?:nam\\s+)?(?:\\d{4}|nay)");
    private static final Pattern RECUR = Pattern.compile("(?:hang|hằng|moi|dinh ky(?:\\s+(?:hang|moi))?)\\s+(tuan|thang|quy|nam)");
    private static final Pattern QUARTERLY_DAY = Pattern.compile("thang cuoi(?: cung)?(?: cua)? (?:moi|hang|tung) quy");
    private static final Pattern ONGOING = Pattern.compile("thuong xuyen");
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?:lich|ban tin|tap chi|giai thuong|hoi nghi|hoi thi|ngay hoi|le hoi|chuong trinh|ke hoach|nhiem vu|cong viec|hoat dong|"
                    + "trang thiet bi|thiet bi|phuong tien)(?:\\s+[^\\s]+){0,2}\\s*$");
    private static final Pattern ON_EVENT = Pattern.compile(
            "khi co yeu cau(?: cua [^.;,]{1,60})?|(?:theo|khi) (?:de nghi|yeu cau)(?: cua [^.;]{1,80})?|\\(neu co\\)|"
                    + "sau khi (?:co|duoc|nhan duoc) (?:quyet dinh|van ban|y kien|chu truong|huong dan|ket qua|phe duyet)[^.;,]{0,80}|"
                    + "khi (?:co|duoc) (?:quyet dinh|van ban|huong dan|chu truong|y kien|kinh phi)[^.;,]{0,60}|"
                    + "theo tien do (?:cua|chung)[^.;,]{0,60}|theo lo trinh[^.;]{0,60}|khi phat sinh|khi duoc (?:giao|phan cong)");
    private static final Pattern OTHER = Pattern.compile(
            "(?:trong|tai|vao) ky hop[^.;,]{0,30}nam\\s+" + YEAR + "|(?:vao|trong|truoc)\\s+(?:dau|giua|cuoi)\\s+nam\\s+" + YEAR
                    + "|(?:vao|trong)\\s+(?:dip|thoi gian)\\s[^.;,]{0,40}" + YEAR);
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:thoi gian|thoi han|han|thuc hien|hoan thanh|phan dau|tien do|du kien)\\b");
    private static final Pattern QUOTE = Pattern.compile("“[^”]{0,400}”|\"[^\"]{0,400}\"");
    private static final Pattern CITATION = Pattern.compile(
            "\\d+[\\w./&-]*/[\\w&./-]+\\s*,?\\s*ngay\\s*\\d{1,2}(?:\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{2,4}|\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4})");

    private static final Pattern DAY_OF_MONTH = Pattern.compile("vao ngay \\d{1,2}\\s+$");
    private static final Pattern MONTH_ALONE = Pattern.compile("^(?:trong\\s+|truoc\\s+)?thang\\s+" + D + "$");
    private static final Pattern YEAR_ALONE = Pattern.compile("^(?:\\D{0,30}\\s)?(?:nam\\s+)?" + YEAR + "\\s*\\.?$");
    private static final Pattern LEAD_WORDS = Pattern.compile("(?:thoi gian|thoi han|phan dau|thuc hien|hoan thanh|du kien)[^.;]*$");

    private Deadlines() {
    }

    // ---------------------------------------------------------------- running text

    /** The deadline of a task written in running text, or {@link ProposedDeadline#none()}. */
    static ProposedDeadline find(String text, Context context) {
        if (text == null || text.isBlank()) {
            return ProposedDeadline.none();
        }
        String folded = mask(Fold.fold(text));
        List<int[]> sentences = sentences(folded);
        // A closing sentence that is only a time expression bounds the whole item.
        for (int i = sentences.size() - 1; i >= 1; i--) {
            int[] s = sentences.get(i);
            String sentence = folded.substring(s[0], s[1]).strip();
            if (CLOSING.matcher(sentence).find() && sentence.split("\\s+").length <= 14) {
                ProposedDeadline closing = explicit(text, folded, s[0], s[1], context, true);
                if (closing.isNone()) {
                    closing = recurring(text, folded, s[0], s[1], true);
                }
                if (!closing.isNone()) {
                    return closing;
                }
            }
        }
        ProposedDeadline explicit = explicit(text, folded, 0, folded.length(), context, false);
        if (!explicit.isNone()) {
            return explicit;
        }
        int[] first = sentences.get(0);
        int clauseEnd = firstClauseEnd(folded, first[0], first[1]);
        ProposedDeadline recurring = recurring(text, folded, first[0], clauseEnd, false);
        if (!recurring.isNone()) {
            return recurring;
        }
        Matcher event = ON_EVENT.matcher(folded).region(first[0], first[1]);
        if (event.find()) {
            return ProposedDeadline.of(DeadlineKind.ON_EVENT, null, original(text, event.start(), event.end()));
        }
        Matcher other = OTHER.matcher(folded).region(first[0], first[1]);
        if (other.find()) {
            return ProposedDeadline.of(DeadlineKind.OTHER, null, original(text, other.start(), other.end()));
        }
        return ProposedDeadline.none();
    }

    /** Dates, months, quarters, half-years, years and starting years with a marker, first one found. */
    private static ProposedDeadline explicit(String text, String folded, int from, int to, Context context,
            boolean closing) {
        List<Found> found = new ArrayList<>();
        Matcher m = BEFORE_DATE.matcher(folded).region(from, to);
        while (m.find()) {
            add(found, date(text, folded, m, m.group(1), m.group(2), m.group(3), context));
        }
        m = BEFORE_DATE_WORDS.matcher(folded).region(from, to);
        while (m.find()) {
            add(found, date(text, folded, m, m.group(1), m.group(2), m.group(3), context));
        }
        m = LABEL.matcher(folded).region(from, to);
        while (m.find()) {
            if (!clauseStart(folded, m.start())) {
                continue;
            }
            ProposedDeadline cell = value(text.substring(m.end(), Math.min(to, endOfClause(folded, m.end(), to))),
                    context, false);
            if (!cell.isNone() && cell.kind() != DeadlineKind.OTHER && cell.kind() != DeadlineKind.ON_EVENT) {
                int end = endOfClause(folded, m.end(), to);
                found.add(new Found(m.start(), ProposedDeadline.of(cell.kind(), cell.value(),
                        original(text, m.start(), trimEnd(folded, m.start(), end)))));
            }
        }
        m = MONTH_MARKED.matcher(folded).region(from, to);
        while (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : context.year();
            int month = Integer.parseInt(m.group(1));
            if (year != null && month >= 1 && month <= 12 && !listOfMonths(folded, m.end())) {
                found.add(new Found(m.start(), ProposedDeadline.of(DeadlineKind.MONTH,
                        String.format("%04d-%02d", year, month), withLead(text, folded, m.start(), m.end()))));
            }
        }
        m = QUARTER.matcher(folded).region(from, to);
        while (m.find()) {
            if (!marked(folded, m.start(), closing)) {
                continue;
            }
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : context.year();
            if (year != null && !precededBy(folded, m.start(), "tu")) {
                found.add(new Found(m.start(), ProposedDeadline.of(DeadlineKind.QUARTER, year + "-Q" + quarter(m.group(1)),
                        withLead(text, folded, m.start(), m.end()))));
            }
        }
        m = HALF.matcher(folded).region(from, to);
        while (m.find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : context.year();
            if (year != null && marked(folded, m.start(), closing)) {
                found.add(new Found(m.start(), ProposedDeadline.of(DeadlineKind.HALF_YEAR,
                        year + (m.group(1).equals("dau") ? "-H1" : "-H2"), withLead(text, folded, m.start(), m.end()))));
            }
        }
        m = YEAR_MARKED.matcher(folded).region(from, to);
        while (m.find()) {
            if (!RANGE_AFTER.matcher(folded.substring(m.end(), Math.min(to, m.end() + 12))).find()
                    && !BATCH.matcher(folded.substring(Math.max(from, m.start() - 50), m.start())).find()) {
                found.add(new Found(m.start(), ProposedDeadline.of(DeadlineKind.YEAR, m.group(1),
                        withLead(text, folded, m.start(), m.end()))));
            }
        }
        m = FROM.matcher(folded).region(from, to);
        while (m.find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            String before = folded.substring(Math.max(from, m.start() - 50), m.start());
            if (BATCH.matcher(before).find() || RANGE_AFTER.matcher(folded.substring(m.end(), Math.min(to, m.end() + 12))).find()) {
                continue;
            }
            if (closing || before.matches("(?s).*(?:thuc hien|trien khai|ap dung|duy tri|hoan thanh)\\s*$")) {
                found.add(new Found(m.start(), ProposedDeadline.of(DeadlineKind.FROM_YEAR, year,
                        withLead(text, folded, m.start(), m.end()))));
            }
        }
        Matcher other = OTHER.matcher(folded).region(from, to);
        if (closing && other.find()) {
            found.add(new Found(other.start(), ProposedDeadline.of(DeadlineKind.OTHER, null,
                    original(text, other.start(), other.end()))));
        }
        Found first = null;
        for (Found f : found) {
            if (first == null || f.at() < first.at()) {
                first = f;
            }
        }
        return first == null ? ProposedDeadline.none() : first.deadline();
    }

    private record Found(int at, ProposedDeadline deadline) {
    }

    private static void add(List<Found> found, Found f) {
        if (f != null) {
            found.add(f);
        }
    }

    private static Found date(String text, String folded, Matcher m, String day, String month, String year,
            Context context) {
        Integer y = year != null ? Integer.valueOf(year.length() == 2 ? "20" + year : year) : context.year();
        String wording = withLead(text, folded, m.start(), m.end());
        if (year == null && context.standingSchedule()) {
            return new Found(m.start(), ProposedDeadline.of(DeadlineKind.RECURRING, "yearly", wording));
        }
        if (year == null && QUARTERLY_DAY.matcher(folded.substring(m.end(), Math.min(folded.length(), m.end() + 50))).lookingAt()) {
            return new Found(m.start(), ProposedDeadline.of(DeadlineKind.RECURRING, "quarterly", wording));
        }
        LocalDate date = date(y, month, day);
        return date == null ? null : new Found(m.start(), ProposedDeadline.of(DeadlineKind.DATE, date.toString(), wording));
    }

    /** Recurrences in [from, to): the shortest period wins; "thường xuyên" alone is ongoing. */
    private static ProposedDeadline recurring(String text, String folded, int from, int to, boolean closing) {
        String best = null;
        int bestRank = 99;
        int start = -1;
        int end = -1;
        Matcher m = RECUR.matcher(folded).region(from, to);
        while (m.find()) {
            if (!closing && !m.group().startsWith("dinh ky") && OBJECT_BEFORE.matcher(folded.substring(Math.max(from, m.start() - 30), m.start())).find()
                    && !folded.substring(Math.max(from, m.start() - 14), m.start()).matches(".*(?:thuong xuyen|dinh ky)\\s*$")) {
                continue;
            }
            String unit = m.group(1);
            int rank = switch (unit) {
                case "tuan" -> 0;
                case "thang" -> 1;
                case "quy" -> 2;
                default -> 3;
            };
            if (rank < bestRank) {
                bestRank = rank;
                best = switch (unit) {
                    case "tuan" -> "weekly";
                    case "thang" -> "monthly";
                    case "quy" -> "quarterly";
                    default -> "yearly";
                };
                start = m.start();
                end = m.end();
            }
        }
        m = MONTH_LIST.matcher(folded).region(from, to);
        while (m.find()) {
            if (bestRank > 1) {
                bestRank = 1;
                best = "monthly";
                start = m.start();
                end = m.end();
            }
        }
        if (best != null) {
            int s = start;
            int e = end;
            if (best.equals("monthly")) {
                Matcher day = DAY_OF_MONTH.matcher(folded.substring(Math.max(from, s - 16), s));
                if (day.find()) {
                    s = Math.max(from, s - 16) + day.start();
                }
            }
            return ProposedDeadline.of(DeadlineKind.RECURRING, best, closing ? original(text, from, trimEnd(folded, from, to))
                    : original(text, s, e));
        }
        Matcher ongoing = ONGOING.matcher(folded).region(from, to);
        while (ongoing.find()) {
            String before = folded.substring(Math.max(from, ongoing.start() - 20), ongoing.start());
            if (!closing && before.matches("(?s).*(?:nhiem vu|cong viec|hoat dong|chi)\\s*$")) {
                continue;
            }
            return ProposedDeadline.of(DeadlineKind.RECURRING, "ongoing",
                    closing ? original(text, from, trimEnd(folded, from, to)) : original(text, ongoing.start(), ongoing.end()));
        }
        return ProposedDeadline.none();
    }

    // ---------------------------------------------------------------- cells and labelled values

    /** A deadline cell of a table or the value of a "Thời gian hoàn thành:" line: the whole cell is the time. */
    static ProposedDeadline cell(String cell, Context context) {
        return value(cell, context, true);
    }

    private static ProposedDeadline value(String raw, Context context, boolean cell) {
        if (raw == null || raw.isBlank()) {
            return ProposedDeadline.none();
        }
        String text = raw.strip();
        String folded = Fold.fold(text);
        Matcher m;
        if ((m = HALF.matcher(folded)).find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : context.year();
            if (year != null) {
                return ProposedDeadline.of(DeadlineKind.HALF_YEAR, year + (m.group(1).equals("dau") ? "-H1" : "-H2"), text);
            }
        }
        if ((m = FROM.matcher(folded)).find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
            return ProposedDeadline.of(DeadlineKind.FROM_YEAR, year, text);
        }
        if ((m = DATE.matcher(folded)).find() || (m = DATE_WORDS.matcher(folded)).find()) {
            Integer y = m.group(3) != null ? Integer.valueOf(m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3))
                    : context.year();
            if (m.group(3) == null && context.standingSchedule()) {
                return ProposedDeadline.of(DeadlineKind.RECURRING, "yearly", text);
            }
            LocalDate date = date(y, m.group(2), m.group(1));
            if (date != null) {
                return ProposedDeadline.of(DeadlineKind.DATE, date.toString(), text);
            }
        }
        if ((m = MONTH_NUMERIC.matcher(folded)).find() || (m = MONTH.matcher(folded)).find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return ProposedDeadline.of(DeadlineKind.MONTH, String.format("%s-%02d", m.group(2), month), text);
            }
        }
        if (cell && (m = MONTH_ALONE.matcher(folded)).find() && context.year() != null) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return ProposedDeadline.of(DeadlineKind.MONTH, String.format("%04d-%02d", context.year(), month), text);
            }
        }
        if ((m = QUARTER.matcher(folded)).find()) {
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : context.year();
            if (year != null) {
                return ProposedDeadline.of(DeadlineKind.QUARTER, year + "-Q" + quarter(m.group(1)), text);
            }
        }
        if ((m = YEAR_ALONE.matcher(folded)).find()) {
            return ProposedDeadline.of(DeadlineKind.YEAR, m.group(1), text);
        }
        Matcher recur = RECUR.matcher(folded);
        if (recur.find()) {
            return ProposedDeadline.of(DeadlineKind.RECURRING, switch (recur.group(1)) {
                case "tuan" -> "weekly";
                case "thang" -> "monthly";
                case "quy" -> "quarterly";
                default -> "yearly";
            }, text);
        }
        if (ONGOING.matcher(folded).find()) {
            return ProposedDeadline.of(DeadlineKind.RECURRING, "ongoing", text);
        }
        if (ON_EVENT.matcher(folded).find() || folded.matches(".*(?:theo yeu cau|khi co|khi can|neu co|theo chi dao).*")) {
            return ProposedDeadline.of(DeadlineKind.ON_EVENT, null, text);
        }
        return cell ? ProposedDeadline.of(DeadlineKind.OTHER, null, text) : ProposedDeadline.none();
    }

    // ---------------------------------------------------------------- helpers

    static LocalDate date(Integer year, String month, String day) {
        if (year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A date written "15/01/2023", "15-01-2023", "15.01.2023" or "ngày 15 tháng 01 năm 2023"; null if none. */
    static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String folded = Fold.fold(text);
        Matcher m = DATE.matcher(folded);
        if (m.find() && m.group(3) != null) {
            return date(Integer.valueOf(m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3)), m.group(2), m.group(1));
        }
        m = DATE_WORDS.matcher(folded);
        if (m.find() && m.group(3) != null) {
            return date(Integer.valueOf(m.group(3)), m.group(2), m.group(1));
        }
        return null;
    }

    /** The first day and the last day a deadline allows, or null for the kinds without a time span. */
    static LocalDate[] bounds(ProposedDeadline deadline) {
        String v = deadline.value();
        try {
            return switch (deadline.kind()) {
                case DATE -> new LocalDate[] {LocalDate.parse(v), LocalDate.parse(v)};
                case MONTH -> {
                    LocalDate first = LocalDate.parse(v + "-01");
                    yield new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
                }
                case QUARTER -> {
                    int q = v.charAt(v.length() - 1) - '0';
                    LocalDate first = LocalDate.of(Integer.parseInt(v.substring(0, 4)), (q - 1) * 3 + 1, 1);
                    yield new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
                }
                case HALF_YEAR -> {
                    int h = v.charAt(v.length() - 1) - '0';
                    LocalDate first = LocalDate.of(Integer.parseInt(v.substring(0, 4)), h == 1 ? 1 : 7, 1);
                    yield new LocalDate[] {first, first.plusMonths(6).minusDays(1)};
                }
                case YEAR -> {
                    int y = Integer.parseInt(v);
                    yield new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
                }
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static boolean marked(String folded, int at, boolean closing) {
        if (closing) {
            return true;
        }
        String before = folded.substring(Math.max(0, at - 40), at);
        return before.matches("(?s).*(?:trong|truoc|vao|den het|hoan thanh|xong|thuc hien|trinh|[:\\-])\\s*$");
    }

    private static boolean precededBy(String folded, int at, String word) {
        return folded.substring(Math.max(0, at - word.length() - 2), at).strip().endsWith(word);
    }

    private static boolean listOfMonths(String folded, int end) {
        return folded.substring(end, Math.min(folded.length(), end + 4)).matches("^\\s*(?:,|va)\\s*.*");
    }

    private static boolean clauseStart(String folded, int at) {
        int i = at - 1;
        while (i >= 0 && folded.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".;:,(\n".indexOf(folded.charAt(i)) >= 0;
    }

    /** The wording with the verb or label that introduces it: "Thời gian hoàn thành trước ngày 10/6/2020". */
    private static String withLead(String text, String folded, int start, int end) {
        int sentence = Math.max(Math.max(folded.lastIndexOf(". ", start), folded.lastIndexOf("; ", start)),
                Math.max(folded.lastIndexOf(", ", start), folded.lastIndexOf(": ", start)));
        int from = sentence < 0 ? 0 : sentence + 2;
        String lead = folded.substring(from, start);
        Matcher label = LEAD_WORDS.matcher(lead);
        int s = label.find() && lead.length() - label.start() <= 60 ? from + label.start() : start;
        return original(text, s, end);
    }

    private static int endOfClause(String folded, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = folded.charAt(i);
            if (c == ';' || c == '\n' || c == '.' && (i + 1 >= to || folded.charAt(i + 1) == ' ')
                    || c == ',' && i > from + 3) {
                return i;
            }
        }
        return to;
    }

    private static int trimEnd(String folded, int from, int to) {
        int e = to;
        while (e > from && ".;:, )".indexOf(folded.charAt(e - 1)) >= 0 && !(folded.charAt(e - 1) == ')'
                && folded.lastIndexOf('(', e) >= from)) {
            e--;
        }
        return e;
    }

    private static String original(String text, int start, int end) {
        return text.substring(start, end).strip();
    }

    /** Sentence spans: after ". " followed by a capital, or after "; " when long. */
    static List<int[]> sentences(String folded) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < folded.length() - 1; i++) {
            if ((folded.charAt(i) == '.' || folded.charAt(i) == '!' || folded.charAt(i) == '?') && folded.charAt(i + 1) == ' '
                    && i > start + 2 && !abbreviation(folded, i)) {
                out.add(new int[] {start, i + 1});
                start = i + 2;
            }
        }
        out.add(new int[] {start, folded.length()});
        return out;
    }

    private static boolean abbreviation(String folded, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(folded.charAt(s - 1))) {
            s--;
        }
        String word = folded.substring(s, dot);
        return word.matches("tp|ts|ths|pgs|gs|kt|tl|tm|q|v\\.v|vv|bs|ks|cn|st|p|tt|ng");
    }

    private static int firstClauseEnd(String folded, int from, int to) {
        int colon = folded.indexOf(':', from);
        int start = colon > 0 && colon < to && folded.substring(from, colon).split("\\s+").length <= 10 ? colon + 1 : from;
        int semi = folded.indexOf(';', start);
        return semi < 0 || semi > to ? to : semi;
    }

    /** Quoted titles and the dates of cited documents are not deadlines: blanked, offsets kept. */
    static String mask(String folded) {
        char[] chars = folded.toCharArray();
        for (Pattern p : new Pattern[] {QUOTE, CITATION}) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
