package vn.nhiemvu.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks from a table that lists them (GOLD-FORMAT.md §2.2, §2.3): a report's appendix of assigned tasks
 * (directive, content, deadline, completion date, status, result) or a plan's task table (content, lead,
 * coordinating units, deadline). Each data row is a task; group rows ("I ĐÃ THỰC HIỆN: 06 nhiệm vụ") label
 * the section. A table without a content column and one of the others is not a task table.
 */
final class TaskTables {

    enum Column {
        NUMBER, SOURCE, CONTENT, LEAD, SUPPORT, DEADLINE, COMPLETED, STATUS, RESULT, OTHER
    }

    private static final Pattern DIRECTIVE = Pattern.compile(
            "(\\d+[\\w.&\\-Đđ]*(?:/\\d{4})?/[\\w&.\\-Đđ]+)\\s*,?\\s*(?:ngày|Ngày)\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?:chỉ đạo|do|của)\\s+((?:UBND|Ủy ban nhân dân|Chủ tịch|Tỉnh ủy|HĐND|Bộ|Thủ tướng|Văn phòng|Giám đốc)[^\\n]{0,80}?)\\s+(?:giao|ban hành)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i)^(?:báo cáo|kế hoạch|công văn|quyết định|tờ trình|thông báo|văn bản|nghị quyết|chỉ thị|hướng dẫn)\\s+(?:số\\s+)?\\S*\\d");

    private TaskTables() {
    }

    static Column column(String header) {
        String h = Fold.key(header);
        if (h.matches("(?:s?tt|so tt|so thu tu|so)")) {
            return Column.NUMBER;
        }
        if (h.contains("ngay hoan thanh") || h.contains("hoan thanh thuc te") || h.contains("thoi diem hoan thanh")) {
            return Column.COMPLETED;
        }
        if (h.matches(".*(?:so ky hieu|so hieu|ky hieu|vbcd|van ban chi dao|van ban giao|can cu).*")) {
            return Column.SOURCE;
        }
        if (h.contains("phoi hop")) {
            return Column.SUPPORT;
        }
        if (h.matches(".*(?:chu tri|don vi thuc hien|co quan thuc hien|phu trach|nguoi thuc hien|don vi duoc giao).*")) {
            return Column.LEAD;
        }
        if (h.matches(".*(?:thoi han|han hoan thanh|theo ke hoach|thoi gian|moc|han xu ly|han giai quyet).*")) {
            return Column.DEADLINE;
        }
        if (h.matches(".*(?:tien do|tinh hinh|trang thai|muc do).*")) {
            return Column.STATUS;
        }
        if (h.matches(".*(?:ket qua).*")) {
            return Column.RESULT;
        }
        if (h.matches(".*(?:noi dung|nhiem vu|cong viec|ten de an|trich yeu).*")) {
            return Column.CONTENT;
        }
        return Column.OTHER;
    }

    /** The row index of the header and the role of each column, or null when this is no task table. */
    static Column[] header(List<List<String>> rows, int[] headerRow) {
        for (int r = 0; r < Math.min(3, rows.size()); r++) {
            List<String> row = rows.get(r);
            Column[] columns = new Column[row.size()];
            boolean content = false;
            boolean other = false;
            for (int c = 0; c < row.size(); c++) {
                columns[c] = column(row.get(c));
                content |= columns[c] == Column.CONTENT;
                other |= columns[c] == Column.DEADLINE || columns[c] == Column.STATUS || columns[c] == Column.RESULT
                        || columns[c] == Column.LEAD || columns[c] == Column.SOURCE || columns[c] == Column.COMPLETED;
            }
            if (content && other) {
                headerRow[0] = r;
                return columns;
            }
        }
        return null;
    }

    /** The tasks of a table, with the heading and lines above it as context (source, assigner). */
    static List<Draft> drafts(Outline.Block table, String section, String context, Deadlines.Context deadlines) {
        List<Draft> out = new ArrayList<>();
        int[] headerRow = {0};
        Column[] columns = header(table.rows, headerRow);
        if (columns == null) {
            return out;
        }
        String sourceFromHeading = null;
        Matcher d = DIRECTIVE.matcher(context == null ? "" : context);
        while (d.find()) {
            // A report or a submission cited above the table does not assign the tasks it lists.
            String before = Fold.fold(context.substring(Math.max(0, d.start() - 24), d.start()));
            if (!before.matches("(?s).*(?:bao cao|to trinh)(?: so)?\\s*$")) {
                sourceFromHeading = d.group(1) + " ngày " + d.group(2);
                break;
            }
        }
        String assigner = assigner(context);
        boolean hasResult = false;
        boolean hasStatus = false;
        for (Column c : columns) {
            hasResult |= c == Column.RESULT;
            hasStatus |= c == Column.STATUS;
        }
        String group = null;
        List<String> header = table.rows.get(headerRow[0]);
        for (int r = headerRow[0] + 1; r < table.rows.size(); r++) {
            List<String> row = table.rows.get(r);
            if (row.equals(header) || isNumberingRow(row)) {
                continue;
            }
            String first = row.isEmpty() ? "" : row.get(0).strip();
            String content = cell(row, columns, Column.CONTENT);
            long filled = row.stream().filter(c -> !c.isBlank()).count();
            boolean groupRow = first.matches("(?:[IVX]{1,5}|[A-ZĐ])[.)]?") || content.isBlank() && filled >= 1
                    || filled <= 2 && Outline.allCaps(String.join(" ", row)) && !first.matches("\\d+[.)]?");
            if (groupRow) {
                group = String.join(" ", row.stream().filter(c -> !c.isBlank()).toList()).strip();
                continue;
            }
            if (content.isBlank()) {
                continue;
            }
            Draft draft = new Draft();
            draft.section = group == null ? section : join(section, group);
            draft.content = content;
            String source = cell(row, columns, Column.SOURCE);
            draft.sourceRef = source.isBlank() ? sourceFromHeading : source;
            draft.assigner = assigner;
            draft.deadline = Deadlines.cell(cell(row, columns, Column.DEADLINE), deadlines);
            LocalDate completed = Deadlines.parseDate(cell(row, columns, Column.COMPLETED));
            draft.completed = completed == null ? null : completed.toString();
            String status = cell(row, columns, Column.STATUS);
            String result = cell(row, columns, Column.RESULT);
            if (!hasStatus && hasResult) {
                String[] split = statusAndResult(result);
                status = split[0];
                result = split[1];
            } else if (hasStatus && !hasResult) {
                String[] split = statusAndResult(status);
                status = split[0];
                result = split[1];
            }
            draft.status = blankToNull(status);
            draft.result = blankToNull(result);
            String lead = cell(row, columns, Column.LEAD);
            if (!lead.isBlank()) {
                List<String> leads = names(lead);
                draft.lead = leads.get(0);
                draft.coLeads.addAll(leads.subList(1, leads.size()));
            }
            String support = cell(row, columns, Column.SUPPORT);
            if (!support.isBlank()) {
                draft.support.addAll(names(support));
            }
            draft.start = table.start;
            draft.end = table.end;
            out.add(draft);
        }
        return out;
    }

    /** "Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)": the status and the document. */
    static String[] statusAndResult(String cell) {
        String c = cell.strip();
        if (c.isEmpty()) {
            return new String[] {null, null};
        }
        int open = c.indexOf('(');
        if (open > 0 && c.endsWith(")")) {
            String inner = c.substring(open + 1, c.length() - 1).strip();
            if (DOCUMENT.matcher(inner).find()) {
                return new String[] {c.substring(0, open).strip(), inner};
            }
        }
        if (DOCUMENT.matcher(c).find()) {
            return new String[] {null, c};
        }
        return new String[] {c, null};
    }

    /** The units of a lead or coordination cell, split between units. */
    static List<String> names(String cell) {
        String folded = Fold.fold(cell);
        List<String> out = new ArrayList<>();
        if (Assignments.startsUnit(cell, folded, 0)) {
            for (Assignments.Span span : Assignments.units(cell, folded, 0)) {
                out.add(Assignments.written(cell, span));
            }
        }
        if (out.isEmpty()) {
            for (String part : cell.split("\\s*[;\\n]\\s*|,\\s+(?=\\p{Lu})")) {
                if (!part.isBlank()) {
                    out.add(part.strip().replaceAll("[.;,]+$", ""));
                }
            }
        }
        return out.isEmpty() ? List.of(cell.strip()) : out;
    }

    private static String assigner(String context) {
        if (context == null) {
            return null;
        }
        Matcher m = AUTHORITY.matcher(context);
        if (m.find()) {
            String who = m.group(1).strip();
            return Outline.allCaps(who) ? MetaReader.sentenceCase(who).replace("Ubnd", "UBND")
                    .replace("ubnd", "UBND").replace(", chủ tịch", ", Chủ tịch") : who;
        }
        Matcher of = Pattern.compile("của\\s+(UBND tỉnh|Ủy ban nhân dân tỉnh|Chủ tịch UBND tỉnh|Tỉnh ủy|Bộ [^,\\n]{3,40}?)(?=[\\s,.]|$)")
                .matcher(context);
        return of.find() ? of.group(1) : null;
    }

    private static boolean isNumberingRow(List<String> row) {
        return row.stream().allMatch(c -> c.isBlank() || c.strip().matches("\\(?\\d{1,2}\\)?"));
    }

    private static String cell(List<String> row, Column[] columns, Column wanted) {
        for (int c = 0; c < columns.length && c < row.size(); c++) {
            if (columns[c] == wanted) {
                return row.get(c).strip();
            }
        }
        return "";
    }

    private static String join(String section, String group) {
        return section == null || section.isBlank() ? group : section + " > " + group;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
