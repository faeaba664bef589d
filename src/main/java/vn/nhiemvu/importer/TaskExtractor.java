package vn.nhiemvu.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.importer.Outline.Block;
import vn.nhiemvu.importer.Outline.Line;
import vn.nhiemvu.importer.Outline.Node;
import vn.nhiemvu.importer.Outline.Type;

/**
 * Reads the tasks a document assigns (GOLD-FORMAT.md §2) in the shapes administrative documents use: the
 * "Giao X chủ trì …" paragraphs of a plan's task part, the "Đối với X" sections of a meeting conclusion with
 * their bullets, the tables of assigned tasks of a report, the forward-looking items of a report
 * ("Phương hướng, nhiệm vụ …"), labelled fields ("Cơ quan chủ trì:"), and in running text the sentences
 * that assign work ("… yêu cầu các sở … khẩn trương …"). Preambles, objectives, results, assessments,
 * closing formulas and recipient lists are not tasks.
 */
public class TaskExtractor {

    /** How the document is organised, from its kind. */
    enum Genre {
        PLAN, CONCLUSION, REPORT, DECISION, ARTICLE
    }

    /** Whether the items of a part are tasks: all of them, none, or those that name who does the work. */
    enum Mode {
        TASK, NON, ASSIGN
    }

    record Scope(Mode mode, List<String> section, String lead, String period, String assigner) {

        Scope with(Mode m, String title, String l, String p) {
            List<String> s = new ArrayList<>(section);
            if (title != null && !title.isBlank()) {
                s.add(title);
            }
            return new Scope(m, s, l, p, assigner);
        }

        Scope withLead(String l) {
            return new Scope(mode, section, l, period, assigner);
        }
    }

    private enum Role {
        HEADING, TASK, TASK_WITH_OBJECTS, TASK_AND_PARENT, SKIP
    }

    private static final Pattern FORWARD = Pattern.compile(
            "^(?:phan\\s+\\S+\\s+)?(?:cac |mot so |nhung |du kien )?(?:phuong huong|nhiem vu(?:,| va)? giai phap|nhiem vu trong tam"
                    + "|giai phap|chi tieu|chuong trinh cong tac (?:quy|thang|nam|thoi gian)|ke hoach (?:cong tac )?(?:quy|thang|nam|thoi gian|giai doan)"
                    + "|trong tam cong tac|cong tac trong tam"
                    + "|nhiem vu(?: cong tac| chu yeu| trong tam| cu the| ke hoach)? (?:quy|thang|nam|6 thang|9 thang|thoi gian|giai doan"
                    + "|nhung thang|cac thang)|de xuat nhiem vu)|phuong huong|(?:quy|thang|nam|thoi gian) (?:toi|tiep theo)");
    private static final Pattern NON_STRONG = Pattern.compile(
            "^(?:muc dich|muc tieu|can cu|kinh phi|danh gia|ket qua|tinh hinh|thuc trang|uu diem|han che|ton tai|nguyen nhan|"
                    + "kho khan|bai hoc|dac diem|boi canh|su can thiet|co so phap ly|thong tin chung|mot so ket qua|nhung ket qua|"
                    + "khai quat|tong quan|kien nghi|quan diem|nguyen tac|pham vi|doi tuong|giai thich)");
    private static final Pattern NON_SHORT = Pattern.compile("^(?:yeu cau|de xuat|muc dich,? yeu cau)");
    private static final Pattern TASK_HEADING = Pattern.compile(
            "(?:nhiem vu|giai phap|phan cong|to chuc thuc hien|phuong huong|ket luan|y kien chi dao|noi dung thuc hien|trach nhiem)");
    private static final Pattern TOPIC = Pattern.compile(
            "^(?:doi voi|ve |rieng|cong tac|hoat dong|linh vuc|nhom|noi dung|chuong trinh|trong |tai |phan )");
    private static final Pattern INTRODUCES_TASKS = Pattern.compile(
            "(?:nhiem vu|giai phap|cong viec|noi dung cong viec|viec)[^:]{0,40}(?:sau|nhu sau|cu the nhu sau)\\s*:$");
    private static final Pattern CLOSING = Pattern.compile(
            "^tren day|chiu trach nhiem thi hanh|co hieu luc (?:thi hanh )?(?:ke )?tu ngay|thua lenh .{0,100}thong bao|"
                    + "(?:trong qua trinh|neu co|qua trinh) [^.]{0,80}(?:kho khan|vuong mac)[^.]{0,80}(?:bao cao|phan anh|de xuat|lien he)|"
                    + "de (?:cac )?[^.]{0,100}(?:duoc )?biet,? (?:va )?(?:thuc hien|to chuc thuc hien|phoi hop|chi dao thuc hien)");
    private static final Pattern FIELD = Pattern.compile(
            "^(?:(?:cơ quan|đơn vị|bộ phận)\\s+(?:chủ trì|phối hợp|thực hiện|chịu trách nhiệm)|chủ trì|phối hợp|thời gian(?:\\s+(?:thực hiện|hoàn thành|trình))?"
                    + "|thời hạn(?:\\s+hoàn thành)?|tiến độ(?:\\s+thực hiện)?|sản phẩm(?:\\s+đầu ra)?|kết quả(?:\\s+đầu ra)?|nội dung|kinh phí"
                    + "|người thực hiện|lãnh đạo phụ trách|trách nhiệm)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DEADLINE_ONLY = Pattern.compile(
            "(?:thoi gian|thoi han|thuc hien (?:trong|tu|nhiem vu thuong xuyen|thuong xuyen|hang|hằng)|hoan thanh (?:trong|truoc)|phan dau hoan thanh)\\b");
    private static final Pattern LEGAL_BASIS = Pattern.compile("(?:can cu|theo de nghi|xet de nghi|xet to trinh)\\b");
    private static final Pattern INLINE_FIELD = Pattern.compile(
            "(?:^|[.;(]\\s*|\\s-\\s)(?:(?:cơ quan|đơn vị)\\s+(?:chủ trì|thực hiện)|chủ trì thực hiện)\\s*:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The proposal for a text with the Department's standard units (GOLD-FORMAT.md §4). */
    public Proposal extract(String text) {
        return extract(text, List.of());
    }

    /**
     * The proposal for a text; a lead that matches none of {@code units} (nor, when the list is empty, the
     * standard units of a Department) is kept as written and flagged.
     */
    public Proposal extract(String text, List<AgencyUnit> units) {
        String source = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        Run run = new Run(source);
        run.extract();
        List<ProposedTask> tasks = new ArrayList<>();
        int n = 0;
        boolean centre = Fold.fold(source).contains("trung tam ung dung");
        for (Draft d : run.drafts) {
            tasks.add(finish(++n, d, units, centre));
        }
        Proposal proposal = new Proposal(run.meta.meta(), tasks, List.of(), contentHash(source));
        return ProposalChecks.check(proposal);
    }

    private static ProposedTask finish(int n, Draft d, List<AgencyUnit> units, boolean centre) {
        String lead = d.lead == null ? null : d.lead.strip();
        String canonical = null;
        boolean matched = false;
        String assignee = null;
        if (lead != null) {
            canonical = UnitNames.canonical(d.person ? "đồng chí " + lead : lead);
            if (centre && Fold.key(lead).equals("trung tam")) {
                canonical = UnitNames.CENTRE;
            }
            if (canonical.startsWith(UnitNames.LEADERSHIP + ": ") || canonical.startsWith("Cá nhân: ")) {
                assignee = canonical.substring(canonical.indexOf(": ") + 2);
            }
            matched = units.isEmpty() ? UnitNames.isDepartment(canonical)
                    : assignee != null || UnitNames.bestMatch(lead, units).isPresent();
        }
        List<String> support = new ArrayList<>();
        for (String s : d.support) {
            if (lead == null || !Fold.key(s).equals(Fold.key(lead))) {
                support.add(s);
            }
        }
        return new ProposedTask(n, blankToNull(d.section), lead, canonical, matched, assignee, d.coLeads, support,
                UnitNames.canonicalAll(support), d.assigner, d.deadline, d.period, d.content.strip(), d.sourceRef, d.status,
                d.completed, d.result, new SourceSpan(d.start, d.end));
    }

    static String contentHash(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = normal.length() > 0;
            } else {
                if (space) {
                    normal.append(' ');
                    space = false;
                }
                normal.append(c);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One extraction: the text, its outline, its metadata and the tasks found so far. */
    private static final class Run {
        final String text;
        final List<Line> lines;
        final MetaReader.Result meta;
        final Genre genre;
        final Deadlines.Context context;
        final List<Draft> drafts = new ArrayList<>();

        Run(String text) {
            this.text = text;
            this.lines = Outline.lines(text);
            this.meta = MetaReader.read(lines);
            this.genre = genre(meta.meta().kind());
            this.context = new Deadlines.Context(meta.year(), meta.standingSchedule());
        }

        static Genre genre(String kind) {
            if (kind == null) {
                return Genre.ARTICLE;
            }
            return switch (kind) {
                case "BC" -> Genre.REPORT;
                case "KH", "CTr", "ĐA", "PA", "DA", "HD" -> Genre.PLAN;
                case "QĐ", "NQ", "QC", "QyĐ" -> Genre.DECISION;
                case "TIN" -> Genre.ARTICLE;
                default -> Genre.CONCLUSION;
            };
        }

        void extract() {
            MetaReader.Layout layout = meta.layout();
            int bodyEnd = layout.appendixStart() >= 0 ? Math.min(layout.bodyEnd(), layout.appendixStart()) : layout.bodyEnd();
            Node body = Outline.tree(Outline.blocks(lines, layout.bodyStart(), bodyEnd));
            String assigner = genre == Genre.REPORT ? null : meta.assigner();
            Mode start = switch (genre) {
                case REPORT -> Mode.NON;
                case DECISION, ARTICLE -> Mode.ASSIGN;
                default -> Mode.TASK;
            };
            Scope root = new Scope(start, List.of(), null, null, assigner);
            visit(body, root, genre == Genre.PLAN || genre == Genre.CONCLUSION);
            if (layout.appendixStart() >= 0) {
                List<Block> blocks = Outline.blocks(lines, layout.appendixStart(), MetaReader.pageEnd(lines));
                Node appendix = Outline.tree(blocks);
                String title = blocks.isEmpty() ? null : blocks.get(0).title();
                Scope scope = new Scope(genre == Genre.REPORT ? Mode.NON : start, title == null ? List.of() : List.of(title),
                        null, null, assigner);
                visitAppendix(appendix, scope);
            }
        }

        /**
         * The appendix: in a report, its tables of assigned tasks, their section the appendix's first line
         * ("Phụ lục") and their group rows; in other documents, its items under their headings as well.
         */
        private void visitAppendix(Node appendix, Scope scope) {
            if (genre != Genre.REPORT) {
                visit(appendix, scope, false);
                return;
            }
            tablesBelow(appendix, scope, "");
        }

        private void tablesBelow(Node node, Scope scope, String above) {
            String here = above + (node.block == null ? "" : node.text() + "\n");
            for (int i = 0; i < node.children.size(); i++) {
                Node child = node.children.get(i);
                if (child.type() == Type.TABLE) {
                    table(child, scope, here + context(node.children, i));
                } else {
                    tablesBelow(child, scope, here);
                }
            }
        }

        private String context(List<Node> siblings, int index) {
            StringBuilder context = new StringBuilder();
            for (int k = Math.max(0, index - 4); k < index; k++) {
                context.append(siblings.get(k).text()).append('\n');
            }
            return context.toString();
        }

        void visit(Node node, Scope scope, boolean preamble) {
            boolean inPreamble = preamble;
            List<Node> children = node.children;
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                Block b = child.block;
                if (b.type == Type.PARA && LEGAL_BASIS.matcher(Fold.fold(b.text)).lookingAt()) {
                    continue;
                }
                if (genre == Genre.DECISION && node.block == null && decisionStart(children) > i) {
                    continue;
                }
                if (inPreamble) {
                    if (b.type == Type.PARA || b.type == Type.BOLD && !b.text.isEmpty() && i + 1 < children.size()
                            && children.get(i + 1).type() == Type.PARA) {
                        if (b.text.endsWith(":")) {
                            inPreamble = false;
                        }
                        continue;
                    }
                    inPreamble = false;
                }
                if (b.type == Type.TABLE) {
                    StringBuilder ctx = new StringBuilder(node.block == null ? "" : node.block.text + "\n");
                    ctx.append(context(children, i));
                    table(child, scope, ctx.toString());
                    continue;
                }
                if (closing(child)) {
                    continue;
                }
                if (b.type == Type.PARA && child.children.isEmpty() && attachDeadline(b, i > 0 ? children.get(i - 1) : null)) {
                    continue;
                }
                Role role = role(child, scope);
                switch (role) {
                    case HEADING -> visit(child, headingScope(child, scope), false);
                    case SKIP -> {
                        if (scope.mode() == Mode.NON) {
                            visit(child, scope, false);
                        }
                    }
                    default -> {
                        String own = emit(child, scope, role);
                        if (role == Role.TASK_AND_PARENT || scope.mode() == Mode.NON) {
                            visit(child, own != null && role == Role.TASK_AND_PARENT ? scope.withLead(own) : scope, false);
                        } else if (role == Role.TASK && scope.mode() != Mode.NON) {
                            visitTables(child, scope);
                        }
                    }
                }
            }
        }

        /**
         * A paragraph that is only a time expression ("Thời gian hoàn thành trước ngày 10/6/2020.") bounds the task
         * just before it, as a closing sentence does (§5 rule 5); it is no task of its own.
         */
        private boolean attachDeadline(Block block, Node previous) {
            String folded = Fold.fold(block.text).strip();
            if (previous == null || drafts.isEmpty() || !DEADLINE_ONLY.matcher(folded).lookingAt()
                    || block.text.split("\\s+").length > 14) {
                return false;
            }
            ProposedDeadline deadline = Deadlines.find(block.text, context);
            Draft last = drafts.get(drafts.size() - 1);
            if (deadline.isNone() || last.end < previous.block.start || last.start > previous.block.end) {
                return false;
            }
            if (last.deadline.isNone()) {
                last.deadline = deadline;
            }
            last.end = block.end;
            return true;
        }

        /** The index of the "QUYẾT ĐỊNH:" line that ends a decision's preamble, or -1. */
        private int decisionStart(List<Node> children) {
            for (int k = 0; k < children.size(); k++) {
                String t = Fold.key(children.get(k).text());
                if (t.equals("quyet dinh") || t.equals("quyet nghi") || t.equals("chi thi")) {
                    return k;
                }
            }
            return -1;
        }

        private void visitTables(Node node, Scope scope) {
            for (int i = 0; i < node.children.size(); i++) {
                Node child = node.children.get(i);
                if (child.type() == Type.TABLE) {
                    table(child, scope, node.text() + "\n" + context(node.children, i));
                }
            }
        }

        private void table(Node table, Scope scope, String context) {
            String section = String.join(" > ", scope.section());
            for (Draft d : TaskTables.drafts(table.block, section, context, this.context)) {
                if (d.assigner == null && genre != Genre.REPORT) {
                    d.assigner = scope.assigner();
                }
                drafts.add(d);
            }
        }

        private Scope headingScope(Node node, Scope scope) {
            Block b = node.block;
            String text = b.text;
            String folded = Fold.fold(text).strip();
            Mode mode = scope.mode();
            String period = scope.period();
            int words = text.split("\\s+").length;
            boolean forward = FORWARD.matcher(folded).find() && !NON_STRONG.matcher(folded).find();
            boolean non = NON_STRONG.matcher(folded).find() || words <= 6 && NON_SHORT.matcher(folded).find();
            if (genre == Genre.REPORT) {
                if (forward) {
                    mode = Mode.TASK;
                    String p = period(folded);
                    period = p != null ? p : period;
                } else if (non) {
                    mode = Mode.NON;
                }
            } else if (non) {
                mode = Mode.NON;
            } else if (TASK_HEADING.matcher(folded).find() && mode == Mode.NON) {
                mode = genre == Genre.DECISION || genre == Genre.ARTICLE ? Mode.ASSIGN : Mode.TASK;
            }
            String lead = Assignments.headingLead(text);
            return scope.with(mode, b.title(), lead != null ? lead : scope.lead(), period);
        }

        private Role role(Node node, Scope scope) {
            Block b = node.block;
            String text = b.text;
            String folded = Fold.fold(text);
            int words = text.isBlank() ? 0 : text.split("\\s+").length;
            boolean kids = node.children.stream().anyMatch(c -> c.type() != Type.TABLE && !isField(c.text()));
            String trimmed = text.stripTrailing();
            boolean punct = !trimmed.isEmpty() && ".;!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0
                    || trimmed.endsWith(".)");
            if (b.type == Type.PART || b.type == Type.CHAPTER || b.type == Type.MD || b.type == Type.CAPS
                    || b.type == Type.BOLD || b.md) {
                return text.isBlank() && !kids ? Role.SKIP : Role.HEADING;
            }
            if (b.type == Type.ROMAN || b.type == Type.LETTER_UPPER) {
                return kids || !punct || b.allCaps() ? Role.HEADING : Role.TASK;
            }
            if (b.allCaps() && !punct) {
                return Role.HEADING;
            }
            if (kids) {
                if (text.endsWith(":")) {
                    if (TOPIC.matcher(folded).find() || words < 6 || Assignments.headingLead(text) != null) {
                        return Role.HEADING;
                    }
                    return introducesTasks(node) ? Role.HEADING : Role.TASK_WITH_OBJECTS;
                }
                if (punct && words >= 6) {
                    return Role.TASK_AND_PARENT;
                }
                return Role.HEADING;
            }
            if (Assignments.headingLead(text) != null && !punct) {
                return Role.SKIP;
            }
            if (words <= 12 && !punct && (TOPIC.matcher(folded).find() && !folded.contains(":") || text.endsWith(":"))) {
                return Role.SKIP;
            }
            return words == 0 ? Role.SKIP : Role.TASK;
        }

        private boolean introducesTasks(Node node) {
            String folded = Fold.fold(node.text()).strip();
            if (!INTRODUCES_TASKS.matcher(folded).find()) {
                return false;
            }
            int verbs = 0;
            int items = 0;
            for (Node c : node.children) {
                if (c.type() == Type.TABLE) {
                    continue;
                }
                items++;
                String t = c.text();
                if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))
                        && Assignments.verbAt(Assignments.lower(t), 0) != null) {
                    verbs++;
                }
            }
            return items > 0 && verbs * 2 >= items;
        }

        private boolean closing(Node node) {
            String folded = Fold.fold(node.text()).strip();
            boolean cue = folded.startsWith("tren day") || folded.contains("thi hanh") || folded.contains("hieu luc")
                    || folded.contains("thua lenh") || folded.contains("vuong mac") || folded.contains("kho khan")
                    || folded.contains("biet");
            if (cue && CLOSING.matcher(folded).find()) {
                return true;
            }
            return folded.endsWith("./.") && node.type() == Type.PARA
                    && folded.matches("(?s).*(?:nghiem tuc|to chuc thuc hien|trien khai thuc hien|thuc hien nghiem|biet|thong bao|tren day).*");
        }

        private static boolean isField(String text) {
            return FIELD.matcher(text).lookingAt();
        }

        /** Emits the task(s) of a node; answers the lead the node names for itself, if any. */
        private String emit(Node node, Scope scope, Role role) {
            if (scope.mode() == Mode.NON) {
                return null;
            }
            Block b = node.block;
            String text = b.text;
            if (genre == Genre.ARTICLE && text.equals(meta.meta().title())) {
                return null;
            }
            if (scope.mode() == Mode.ASSIGN && b.type == Type.PARA && scope.lead() == null) {
                sentences(node, scope);
                return null;
            }
            // Labelled fields below the item or inside it.
            List<String[]> fields = new ArrayList<>();
            for (Node c : node.children) {
                Matcher f = FIELD.matcher(c.text());
                if (f.lookingAt()) {
                    fields.add(new String[] {Fold.fold(c.text().substring(0, f.end())), c.text().substring(f.end()).strip()});
                }
            }
            Matcher inline = INLINE_FIELD.matcher(text);
            if (inline.find() && inline.start() > 10) {
                String tail = text.substring(inline.start()).replaceFirst("^[.;(\\s-]+", "").replaceFirst("\\)\\.?\\s*$", "");
                text = text.substring(0, inline.start()).strip();
                for (String part : tail.split("\\s*;\\s*|\\.\\s+(?=\\p{Lu})|,\\s+(?=(?:thời gian|thời hạn|cơ quan phối hợp|đơn vị phối hợp|phối hợp)\\s*:)")) {
                    Matcher f = FIELD.matcher(part);
                    if (f.lookingAt()) {
                        fields.add(new String[] {Fold.fold(part.substring(0, f.end())), part.substring(f.end()).strip()});
                    }
                }
            }
            List<int[]> enumeration = Assignments.enumeration(text);
            if (!enumeration.isEmpty()) {
                enumerate(node, text, enumeration, scope);
                return null;
            }
            boolean requests = genre != Genre.REPORT;
            Assignments.Parsed parsed = Assignments.lead(text, true, requests);
            String lead = parsed.lead();
            boolean person = parsed.person();
            List<String> co = new ArrayList<>(parsed.coLeads());
            if (lead == null || Assignments.genericReference(lead)) {
                lead = scope.lead();
                person = false;
                co.clear();
            }
            if (scope.mode() == Mode.ASSIGN && lead == null && fields.isEmpty()) {
                return null;
            }
            Draft d = new Draft();
            d.section = String.join(" > ", scope.section());
            d.content = text.substring(Math.min(parsed.contentStart(), text.length())).strip();
            if (d.content.isEmpty()) {
                d.content = text;
            }
            d.lead = lead;
            d.person = person;
            d.coLeads.addAll(co);
            d.support.addAll(Assignments.support(text));
            d.assigner = scope.assigner();
            d.period = scope.period();
            d.deadline = Deadlines.find(text, context);
            for (String[] field : fields) {
                String label = field[0];
                String value = field[1];
                if (value.isBlank()) {
                    continue;
                }
                if (label.contains("chu tri") || label.contains("thuc hien") && !label.startsWith("thoi gian")
                        && !label.startsWith("tien do") || label.contains("chiu trach nhiem")) {
                    List<String> leads = TaskTables.names(value);
                    d.lead = leads.get(0);
                    d.person = false;
                    d.coLeads.clear();
                    d.coLeads.addAll(leads.subList(1, leads.size()));
                } else if (label.contains("phoi hop")) {
                    for (String s : TaskTables.names(value)) {
                        if (!d.support.contains(s)) {
                            d.support.add(s);
                        }
                    }
                } else if (label.startsWith("thoi gian") || label.startsWith("thoi han") || label.startsWith("tien do")) {
                    ProposedDeadline deadline = Deadlines.cell(value, context);
                    if (!deadline.isNone()) {
                        d.deadline = deadline;
                    }
                }
            }
            d.start = b.start;
            d.end = b.end;
            drafts.add(d);
            return parsed.lead() != null && !Assignments.genericReference(parsed.lead()) ? parsed.lead() : null;
        }

        /** "A do X chủ trì, B do Y chủ trì": one task per element with its own lead (§2 rule 6). */
        private void enumerate(Node node, String text, List<int[]> leads, Scope scope) {
            int from = 0;
            for (int[] lead : leads) {
                int end = lead[2];
                while (end < text.length() && ",;.".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                String element = text.substring(from, Math.min(end + 1, text.length())).strip();
                int colon = element.indexOf(':');
                if (from == 0 && colon > 0 && colon < lead[0]) {
                    element = element.substring(colon + 1).strip();
                }
                Draft d = new Draft();
                d.section = String.join(" > ", scope.section());
                d.content = element;
                d.lead = text.substring(lead[0], lead[1]).strip();
                d.support.addAll(Assignments.support(element));
                d.assigner = scope.assigner();
                d.period = scope.period();
                d.deadline = Deadlines.find(element, context);
                d.start = node.block.start;
                d.end = node.block.end;
                drafts.add(d);
                from = Math.min(end + 1, text.length());
            }
        }

        /** Running text: each sentence that assigns work to someone is a task. */
        private void sentences(Node node, Scope scope) {
            String text = node.text();
            String folded = Fold.fold(text);
            for (int[] s : Deadlines.sentences(folded)) {
                String sentence = text.substring(s[0], s[1]).strip();
                Assignments.Parsed parsed = Assignments.lead(sentence, true, true);
                if (parsed.lead() == null) {
                    parsed = Assignments.inSentence(sentence);
                }
                if (parsed.lead() == null) {
                    continue;
                }
                Draft d = new Draft();
                d.section = String.join(" > ", scope.section());
                d.content = sentence.substring(Math.min(parsed.contentStart(), sentence.length())).strip();
                d.lead = parsed.lead();
                d.person = parsed.person();
                d.coLeads.addAll(parsed.coLeads());
                d.support.addAll(Assignments.support(sentence));
                d.assigner = scope.assigner();
                d.deadline = Deadlines.find(sentence, context);
                d.start = node.block.start;
                d.end = node.block.end;
                drafts.add(d);
            }
        }

        /** The period a forward-looking heading covers: "2023-Q2", "2023-H2", "2024". */
        private String period(String folded) {
            Integer year = null;
            Matcher y = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)").matcher(folded);
            while (y.find()) {
                year = Integer.valueOf(y.group(1));
            }
            boolean explicitYear = year != null;
            if (year == null) {
                year = meta.year();
            }
            if (year == null) {
                return null;
            }
            Integer docMonth = documentMonth();
            if (folded.matches(".*6 thang cuoi.*")) {
                return year + "-H2";
            }
            if (folded.matches(".*6 thang dau.*")) {
                return year + "-H1";
            }
            Matcher q = Pattern.compile("quy\\s+(iv|i{1,3}|[1-4])\\b").matcher(folded);
            if (q.find()) {
                int quarter = switch (q.group(1)) {
                    case "i", "1" -> 1;
                    case "ii", "2" -> 2;
                    case "iii", "3" -> 3;
                    default -> 4;
                };
                int y2 = !explicitYear && docMonth != null && quarter < (docMonth - 1) / 3 + 1 ? year + 1 : year;
                return y2 + "-Q" + quarter;
            }
            Matcher m = Pattern.compile("thang\\s+(\\d{1,2})\\b").matcher(folded);
            if (m.find()) {
                int month = Integer.parseInt(m.group(1));
                if (month >= 1 && month <= 12) {
                    return String.format("%04d-%02d", year, month);
                }
            }
            if (folded.matches(".*(?:quy) (?:toi|tiep theo).*") && docMonth != null) {
                int quarter = (docMonth - 1) / 3 + 2;
                return quarter > 4 ? (year + 1) + "-Q1" : year + "-Q" + quarter;
            }
            if (folded.matches(".*nam (?:toi|tiep theo|sau).*")) {
                return String.valueOf(year + 1);
            }
            if (folded.matches(".*nam\\s+(?:19|20)\\d{2}.*") || explicitYear) {
                return String.valueOf(year);
            }
            return null;
        }

        private Integer documentMonth() {
            String date = meta.meta().date();
            return date != null && date.length() >= 7 ? Integer.valueOf(date.substring(5, 7)) : null;
        }
    }
}
