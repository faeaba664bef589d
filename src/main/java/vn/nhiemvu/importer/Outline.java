package vn.nhiemvu.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text as an administrative document is laid out: lines cleaned of Markdown and web markup, joined into
 * blocks (paragraphs, list items with their labels, headings, tables), and the blocks nested by their
 * labels ("Phần II" › "1." › "1.1." › "a)" › "-" › "+") into a tree.
 */
final class Outline {

    /** The kinds of label a block can start with, and the unlabelled kinds. */
    enum Type {
        PART, CHAPTER, ARTICLE, ROMAN, LETTER_UPPER, NUM1, NUM2, NUM3, NUM4, LETTER_LOWER, DASH, PLUS, STAR,
        CAPS, MD, BOLD, PARA, TABLE;

        boolean bullet() {
            return this == DASH || this == PLUS || this == STAR;
        }

        boolean numbered() {
            return this == NUM1 || this == NUM2 || this == NUM3 || this == NUM4 || this == LETTER_LOWER
                    || this == ROMAN || this == LETTER_UPPER || this == PART || this == CHAPTER || this == ARTICLE;
        }
    }

    /** One line of the text, cleaned. */
    record Line(int index, int start, int end, String text, boolean md, int mdLevel, boolean bold,
            List<String> cells) {

        boolean blank() {
            return text.isBlank() && cells == null;
        }

        boolean table() {
            return cells != null;
        }
    }

    /** A paragraph, list item, heading or table. */
    static final class Block {
        final Type type;
        final String marker;
        String text;
        final int firstLine;
        int lastLine;
        final int start;
        int end;
        final boolean md;
        final int mdLevel;
        final boolean bold;
        final List<List<String>> rows = new ArrayList<>();

        Block(Type type, String marker, String text, Line line) {
            this.type = type;
            this.marker = marker;
            this.text = text;
            this.firstLine = line.index();
            this.lastLine = line.index();
            this.start = line.start();
            this.end = line.end();
            this.md = line.md();
            this.mdLevel = line.mdLevel();
            this.bold = line.bold();
        }

        /** The label and the text, as a section path shows it. */
        String title() {
            String m = marker.isEmpty() || type.bullet() ? "" : marker + " ";
            return (m + text).strip();
        }

        boolean allCaps() {
            return Outline.allCaps(text);
        }

        @Override
        public String toString() {
            return type + " " + marker + " " + text;
        }
    }

    /** A block with the blocks nested under it. */
    static final class Node {
        final Block block;
        final Node parent;
        final List<Node> children = new ArrayList<>();

        Node(Block block, Node parent) {
            this.block = block;
            this.parent = parent;
        }

        Type type() {
            return block == null ? null : block.type;
        }

        String text() {
            return block == null ? "" : block.text;
        }
    }

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+");
    private static final Pattern SUP = Pattern.compile("(?i)<sup>.*?</sup>|<sub>.*?</sub>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|])");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-_=*]\\s*){3,}$");
    private static final Pattern MD_TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\d{1,2}(?=\\s+\\S)(?!\\s*[.)/:-]))\\s+\\S");
    private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰";

    private static final Pattern PART = Pattern.compile("^(?:PHẦN|Phần|phần)\\s+(?:THỨ\\s+\\S+|thứ\\s+\\S+|[IVXLC]+|\\d+)\\b\\s*[.:]?\\s*");
    private static final Pattern CHAPTER = Pattern.compile("^(?:CHƯƠNG|Chương|MỤC|Mục)\\s+(?:[IVXLC]+|\\d+)\\b\\s*[.:]?\\s*");
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+\\d+\\s*[.:]\\s*");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})(?:\\s*[.)]\\s*|\\s+[-–]\\s+|\\s+(?=[A-ZĐÀ-Ỹ]{2}))");
    private static final Pattern LETTER_UPPER = Pattern.compile("^([A-HK-ZĐ])[.)]\\s+");
    private static final Pattern NUM = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:[.)](?:\\s+|(?=[\\p{Lu}“\"]))|[/\\-]\\s+|\\s+)(?=\\S)");
    private static final Pattern LETTER_LOWER = Pattern.compile("^([a-zđ])[.)]\\s+");
    private static final Pattern PLUS = Pattern.compile("^(?:[-–—]\\s*)?\\+\\s*");
    private static final Pattern DASH = Pattern.compile("^[-–—−•·▪◦●■♦➢➤✓\\uF0B7\\uF0A7\\uF0D8]\\s*");
    private static final Pattern STAR = Pattern.compile("^\\*\\s+");
    private static final Pattern DEBRIS = Pattern.compile("(?i)^(?:trang chủ|tin tức|giới thiệu|liên hệ|đăng nhập|đăng ký nhận tin|tìm kiếm|chia sẻ|"
            + "in bài|in trang|bản in|gửi email|gửi bài|lượt xem|lượt truy cập|số lượt xem|tải về|tải xuống|xem thêm|xem tiếp|bình luận|"
            + "ý kiến bạn đọc|bài viết liên quan|tin liên quan|các tin khác|tin khác|tin cùng chuyên mục|văn bản liên quan|từ khóa|từ khoá|tags?|"
            + "facebook|zalo|twitter|copyright|bản quyền|©|ghi rõ nguồn|thuộc tính văn bản|ngày ban hành|ngày hiệu lực|ngày có hiệu lực|"
            + "cơ quan ban hành|người ký|loại văn bản|số ký hiệu|số hiệu|lĩnh vực|tình trạng|ngày đăng|cập nhật lúc|nguồn tin|đường dây nóng|"
            + "quay lại|về đầu trang|trở về|menu|skip to|english|tiếng việt|sitemap|rss|hotline|email:|điện thoại:|fax:|địa chỉ:)"
            + "(?![\\p{L}]).{0,120}$", Pattern.UNICODE_CASE);
    private static final Pattern BREADCRUMB = Pattern.compile("^.{1,60}(?:\\s[>»›/|]\\s.{1,60}){2,}$");

    private Outline() {
    }

    // ---------------------------------------------------------------- lines

    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            lines.add(clean(index++, start, end, text.substring(start, end)));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    static Line clean(int index, int start, int end, String raw) {
        String s = raw.strip();
        if (s.indexOf('\t') >= 0 || (s.startsWith("|") && s.endsWith("|") && s.length() > 2)) {
            if (MD_TABLE_RULE.matcher(s).matches()) {
                return new Line(index, start, end, "", false, 0, false, null);
            }
            String body = s.startsWith("|") ? s.substring(1, s.length() - 1) : raw;
            String[] parts = s.startsWith("|") ? body.split("\\|", -1) : body.split("\t", -1);
            List<String> cells = new ArrayList<>();
            for (String part : parts) {
                cells.add(inline(part).strip());
            }
            long filled = cells.stream().filter(c -> !c.isEmpty()).count();
            if (cells.size() >= 2 && filled >= 1) {
                return new Line(index, start, end, String.join(" ", cells).strip(), false, 0, false, cells);
            }
            s = String.join(" ", cells);
        }
        boolean md = false;
        int level = 0;
        Matcher h = MD_HEADING.matcher(s);
        if (h.find()) {
            md = true;
            level = h.group(1).length();
            s = s.substring(h.end());
        }
        String unstarred = s.replace("*", "").replace("__", "").strip();
        boolean bold = s.startsWith("**") && s.replaceAll("\\s+$", "").endsWith("**") && unstarred.length() > 0;
        boolean starBullet = STAR.matcher(s).find() && !bold;
        s = inline(starBullet ? "* " + s.substring(1).strip() : s);
        return new Line(index, start, end, s, md, level, bold, null);
    }

    /** Markup inside a line: emphasis, footnote marks, links, tags, escapes. */
    static String inline(String raw) {
        String s = raw;
        if (s.indexOf('<') >= 0) {
            s = SUP.matcher(s).replaceAll("");
            s = AUTOLINK.matcher(s).replaceAll("$1");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('[') >= 0) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        boolean bullet = s.startsWith("* ");
        s = (bullet ? "* " : "") + (bullet ? s.substring(2) : s).replace("***", "").replace("**", "").replace("*", "");
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (SUPERSCRIPTS.indexOf(c) < 0) {
                out.append(c);
            }
        }
        StringBuilder collapsed = new StringBuilder(out.length());
        boolean space = false;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == ' ' || c == '\u00A0' || c >= '\u2002' && c <= '\u200A') {
                space = true;
            } else {
                if (space && collapsed.length() > 0) {
                    collapsed.append(' ');
                }
                space = false;
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    static boolean allCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    static boolean isDebris(String text) {
        return text.length() < 160 && (DEBRIS.matcher(text).find() || BREADCRUMB.matcher(text).matches());
    }

    // ---------------------------------------------------------------- blocks

    /** The blocks of lines [from, to). */
    static List<Block> blocks(List<Line> lines, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        boolean blankBefore = true;
        int wrap = wrapWidth(lines, from, to);
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                blankBefore = true;
                continue;
            }
            if (line.table()) {
                if (line.cells().size() == 2 && isDebris(line.cells().get(0))) {
                    continue;
                }
                if (current == null || current.type != Type.TABLE) {
                    current = new Block(Type.TABLE, "", "", line);
                    blocks.add(current);
                }
                current.rows.add(line.cells());
                current.lastLine = line.index();
                current.end = line.end();
                blankBefore = false;
                continue;
            }
            String text = line.text();
            if (SEPARATOR.matcher(text).matches() || text.equals("---") || isDebris(text)
                    || FOOTNOTE.matcher(text).find() && !line.md()) {
                continue;
            }
            Block labelled = label(text, line);
            if (wrap > 0 && !blankBefore && current != null && current.type != Type.TABLE && labelled.type == Type.DASH
                    && labelled.marker.length() == 1 && text.length() > 1 && !Character.isWhitespace(text.charAt(1))
                    && !lines.get(i - 1).text().matches(".*[.:;!?]$")) {
                // "-Techfest năm 2024": a hyphen the wrap put at the start of a line, not a bullet.
                labelled = new Block(Type.PARA, "", text, line);
            }
            boolean capsGoesOn = labelled.type == Type.CAPS && current != null && current.type == Type.CAPS
                    && current.text.endsWith(",");
            String previous = i > 0 ? lines.get(i - 1).text() : "";
            boolean wrapped = wrap > 0 && !blankBefore && current != null && current.type != Type.CAPS
                    && (previous.length() >= wrap * 0.7 && !previous.matches(".*[.:;!?]$")
                            || previous.length() >= wrap * 0.92 && previous.endsWith(".") && !previous.endsWith("./."));
            boolean continuation = (labelled.type == Type.PARA || capsGoesOn || wrapped && labelled.type == Type.CAPS)
                    && current != null && current.type != Type.TABLE
                    && !line.md() && !current.md && (startsLower(text) || current.text.endsWith(",") || wrapped)
                    && !(line.bold() && !current.bold);
            if (continuation) {
                current.text = current.text + " " + text;
                current.lastLine = line.index();
                current.end = line.end();
            } else {
                if (current != null && current.type == Type.PART && current.text.isEmpty()
                        && labelled.type == Type.PARA || current != null && current.type == Type.PART
                                && current.text.isEmpty() && labelled.type == Type.CAPS) {
                    current.text = text;
                    current.lastLine = line.index();
                    current.end = line.end();
                    continue;
                }
                current = labelled;
                blocks.add(current);
            }
            blankBefore = false;
        }
        return blocks;
    }

    /**
     * The width a hard-wrapped text (a copy of a PDF's text) breaks its lines at, or 0 when lines are
     * paragraphs: many lines end near one same width without closing a sentence.
     */
    static int wrapWidth(List<Line> lines, int from, int to) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            Line line = lines.get(i);
            if (!line.blank() && !line.table()) {
                lengths.add(line.text().length());
            }
        }
        if (lengths.size() < 20) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(lengths);
        sorted.sort(null);
        int width = sorted.get((int) (sorted.size() * 0.9));
        if (width < 50 || width > 130) {
            return 0;
        }
        int near = 0;
        int unbroken = 0;
        for (int i = from; i + 1 < Math.min(to, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.blank() || line.table()) {
                continue;
            }
            int n = line.text().length();
            if (n >= width * 0.8 && n <= width * 1.05) {
                near++;
                if (!lines.get(i + 1).blank() && !line.text().matches(".*[.:;!?]$")) {
                    unbroken++;
                }
            }
        }
        return near >= lengths.size() * 0.3 && unbroken >= near * 0.5 ? width : 0;
    }

    private static boolean startsLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (!(c == '(' || c == '“' || c == '"')) {
                return false;
            }
        }
        return false;
    }

    static Block label(String text, Line line) {
        Matcher m;
        if ((m = PART.matcher(text)).find()) {
            return block(Type.PART, m, text, line);
        }
        if ((m = CHAPTER.matcher(text)).find()) {
            return block(Type.CHAPTER, m, text, line);
        }
        if ((m = ARTICLE.matcher(text)).find()) {
            return block(Type.ARTICLE, m, text, line);
        }
        if ((m = PLUS.matcher(text)).find() && !text.startsWith("+/-")) {
            return block(Type.PLUS, m, text, line);
        }
        if ((m = STAR.matcher(text)).find()) {
            return block(Type.STAR, m, text, line);
        }
        if ((m = DASH.matcher(text)).find() && text.length() > m.end()
                && (m.end() > 1 || !Character.isDigit(text.charAt(m.end())))) {
            return block(Type.DASH, m, text, line);
        }
        if ((m = ROMAN.matcher(text)).find() && text.length() > m.end() && validRoman(m.group(1))) {
            return block(Type.ROMAN, m, text, line);
        }
        if ((m = NUM.matcher(text)).find() && text.length() > m.end()) {
            String number = m.group(1);
            boolean dotted = number.contains(".");
            String after = text.substring(m.end());
            char after0 = text.charAt(number.length());
            boolean punct = after0 == '.' || after0 == ')' || after0 == '/' || after0 == '-';
            if (punct || dotted && Character.isUpperCase(after.charAt(0))) {
                int depth = number.split("\\.").length;
                Type type = switch (depth) {
                    case 1 -> Type.NUM1;
                    case 2 -> Type.NUM2;
                    case 3 -> Type.NUM3;
                    default -> Type.NUM4;
                };
                return block(type, m, text, line);
            }
        }
        if ((m = LETTER_UPPER.matcher(text)).find()) {
            return block(Type.LETTER_UPPER, m, text, line);
        }
        if ((m = LETTER_LOWER.matcher(text)).find()) {
            return block(Type.LETTER_LOWER, m, text, line);
        }
        if (line.md()) {
            return new Block(Type.MD, "", text, line);
        }
        if (allCaps(text) && text.length() < 200 && !text.endsWith(".")) {
            return new Block(Type.CAPS, "", text, line);
        }
        if (line.bold() && text.length() < 200 && !text.endsWith(".")) {
            return new Block(Type.BOLD, "", text, line);
        }
        return new Block(Type.PARA, "", text, line);
    }

    private static boolean validRoman(String r) {
        return r.matches("I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX");
    }

    private static Block block(Type type, Matcher m, String text, Line line) {
        String marker = text.substring(0, m.end()).strip();
        return new Block(type, marker, text.substring(m.end()).strip(), line);
    }

    // ---------------------------------------------------------------- tree

    /** Nests the blocks: a label seen before closes back to its level; paragraphs close bullets. */
    static Node tree(List<Block> blocks) {
        Node root = new Node(null, null);
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        for (Block block : blocks) {
            Type type = block.type;
            switch (type) {
                case PARA, TABLE -> popWhile(stack, n -> n.type().bullet() || n.type() == Type.PARA);
                case BOLD -> popWhile(stack, n -> n.type().bullet() || n.type() == Type.PARA || n.type() == Type.BOLD);
                case CAPS, MD -> popWhile(stack, n -> n.type() != Type.PART && n.type() != Type.CHAPTER
                        && !(type == Type.MD && n.type() == Type.MD && n.block.mdLevel < block.mdLevel));
                default -> {
                    int same = -1;
                    for (int i = stack.size() - 1; i > 0; i--) {
                        if (stack.get(i).type() == type) {
                            same = i;
                            break;
                        }
                    }
                    if (same > 0) {
                        while (stack.size() > same) {
                            stack.remove(stack.size() - 1);
                        }
                    } else {
                        Node top = stack.get(stack.size() - 1);
                        boolean opensList = type.bullet() && top.type() == Type.PARA && top.text().endsWith(":");
                        if (!opensList) {
                            popWhile(stack, n -> n.type() == Type.PARA
                                    || (n.type().numbered() || n.type().bullet()) && rank(n.type()) > rank(type));
                        }
                    }
                }
            }
            Node parent = stack.get(stack.size() - 1);
            Node node = new Node(block, parent);
            parent.children.add(node);
            if (type != Type.TABLE) {
                stack.add(node);
            }
        }
        return root;
    }

    /** The usual order of labels in Vietnamese administrative documents, outermost first. */
    private static int rank(Type type) {
        return switch (type) {
            case PART -> 0;
            case CHAPTER -> 1;
            case ARTICLE -> 2;
            case LETTER_UPPER -> 3;
            case ROMAN -> 4;
            case NUM1 -> 5;
            case NUM2 -> 6;
            case NUM3 -> 7;
            case NUM4 -> 8;
            case LETTER_LOWER -> 9;
            case DASH -> 10;
            case PLUS -> 11;
            case STAR -> 12;
            default -> 13;
        };
    }

    private static void popWhile(List<Node> stack, java.util.function.Predicate<Node> test) {
        while (stack.size() > 1 && test.test(stack.get(stack.size() - 1))) {
            stack.remove(stack.size() - 1);
        }
    }
}
