package vn.nhiemvu.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.report.DirectiveDocument.PlannedTask;
import vn.nhiemvu.report.DirectiveDocument.UnitTasks;
import vn.nhiemvu.report.TaskReport.AppendixGroup;
import vn.nhiemvu.report.TaskReport.AppendixRow;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.DeadlineKind;
import vn.nhiemvu.task.Directive;
import vn.nhiemvu.task.DirectiveService;
import vn.nhiemvu.task.Issuer;
import vn.nhiemvu.shared.Page;
import vn.nhiemvu.task.Ref;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskRow;
import vn.nhiemvu.task.TaskService;
import vn.nhiemvu.task.TaskStatus;
import vn.nhiemvu.task.TaskSummary;

/**
 * Compiles reports and documents from the task module's lists and counts (never its tables), and renders them as
 * DOCX, XLSX or PDF.
 */
@Service
public class ReportService {

    private final TaskService tasks;
    private final DirectiveService directives;
    private final OrgService org;
    private final PdfConverter pdf;
    private final ReportProperties properties;

    ReportService(TaskService tasks, DirectiveService directives, OrgService org, PdfConverter pdf,
            ReportProperties properties) {
        this.tasks = tasks;
        this.directives = directives;
        this.org = org;
        this.pdf = pdf;
        this.properties = properties;
    }

    public LocalDate today() {
        return tasks.today();
    }

    /** Whether PDFs can be made here (LibreOffice is installed). */
    public boolean pdfAvailable() {
        return pdf.available();
    }

    public List<Issuer> issuers(SignedInUser user) {
        return directives.issuers(user);
    }

    // ----- the report on assigned tasks

    /**
     * The report on tasks assigned within the period, judged as of {@code asOf} (the period's cut-off when null),
     * of one issuer (by name) or of all; dated {@code issuedOn} (today when null).
     */
    public TaskReport taskReport(SignedInUser user, ReportingPeriod period, LocalDate asOf, String issuerName,
            LocalDate issuedOn) {
        return compile(user, period, asOf, issuerName, issuedOn, true);
    }

    /** The report's figures only, without the appendix: what the report page previews. */
    public TaskReport taskFigures(SignedInUser user, ReportingPeriod period, LocalDate asOf, String issuerName,
            LocalDate issuedOn) {
        return compile(user, period, asOf, issuerName, issuedOn, false);
    }

    private TaskReport compile(SignedInUser user, ReportingPeriod period, LocalDate asOf, String issuerName,
            LocalDate issuedOn, boolean withAppendix) {
        LocalDate judgedOn = asOf == null ? period.cutOff() : asOf;
        Issuer issuer = issuerName == null || issuerName.isBlank() ? null
                : directives.resolveIssuer(user, null, issuerName.strip());
        Long issuerId = issuer == null ? null : issuer.id();
        TaskSummary summary = tasks.summary(user, filter(period.from(), period.to(), judgedOn, issuerId, null, 0));
        List<AppendixGroup> groups = withAppendix
                ? groups(allRows(user, period.from(), period.to(), judgedOn, issuerId, null)) : List.of();
        return new TaskReport(Letterhead.of(org.agency(user)), period, judgedOn,
                issuedOn == null ? today() : issuedOn, issuer == null ? null : issuer.name(), summary, groups);
    }

    /**
     * The report on the tasks of several issuers (by name; a name the agency does not have counts nothing), or of
     * every issuer when none is named: what a periodic report's task figures and appendix print.
     */
    TaskReport taskReport(SignedInUser user, ReportingPeriod period, LocalDate asOf, List<String> issuerNames,
            LocalDate issuedOn, boolean withAppendix) {
        LocalDate judgedOn = asOf == null ? period.cutOff() : asOf;
        if (issuerNames.isEmpty()) {
            return compile(user, period, judgedOn, null, issuedOn, withAppendix);
        }
        List<Long> issuerIds = directives.issuers(user).stream().filter(i -> issuerNames.contains(i.name()))
                .map(Issuer::id).toList();
        int[] counts = new int[8];
        List<TaskRow> rows = new ArrayList<>();
        for (Long issuerId : issuerIds) {
            TaskSummary s = tasks.summary(user, filter(period.from(), period.to(), judgedOn, issuerId, null, 0));
            int[] each = {s.total(), s.completedOnTime(), s.completedLate(), s.inProgressOnTime(),
                s.inProgressOverdue(), s.notStarted(), s.paused(), s.stopped()};
            for (int i = 0; i < counts.length; i++) {
                counts[i] += each[i];
            }
            if (withAppendix) {
                rows.addAll(allRows(user, period.from(), period.to(), judgedOn, issuerId, null));
            }
        }
        TaskSummary summary = new TaskSummary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
                counts[6], counts[7]);
        return new TaskReport(Letterhead.of(org.agency(user)), period, judgedOn, issuedOn == null ? today() : issuedOn,
                String.join(", ", issuerNames), summary, withAppendix ? groups(rows) : List.of());
    }

    public ReportFile taskReportFile(TaskReport report, ReportFormat format) {
        String name = "bao-cao-nhiem-vu-" + slug(report.period().label()) + "." + format.extension();
        byte[] content = switch (format) {
            case DOCX -> TaskReportDocx.render(report);
            case XLSX -> TaskReportXlsx.render(report);
            case PDF -> pdf.convert(TaskReportDocx.renderForPdf(report));
        };
        return new ReportFile(name, format.mediaType(), content);
    }

    /**
     * I. completed, II. in progress (in time, then the overdue count), III. not started, as sample 000 groups them
     * (domain spec §2.7.3); IV. paused or stopped, listed apart (§2.4), only when there are any. Rows are numbered
     * within their group and sorted by their written deadline, undated last.
     */
    static List<AppendixGroup> groups(List<TaskRow> rows) {
        // Ties keep the order the tasks were recorded in, which is the order of the source documents.
        Comparator<TaskRow> byDeadline = Comparator.comparing(TaskRow::writtenDue,
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparingLong(TaskRow::id);
        List<TaskRow> completed = new ArrayList<>();
        List<TaskRow> inProgress = new ArrayList<>();
        List<TaskRow> notStarted = new ArrayList<>();
        List<TaskRow> halted = new ArrayList<>();
        int overdue = 0;
        for (TaskRow row : rows) {
            switch (row.status()) {
                case HT_DUNG_HAN, HT_QUA_HAN -> completed.add(row);
                case DANG_TRONG_HAN -> inProgress.add(row);
                case DANG_QUA_HAN -> {
                    inProgress.add(row);
                    overdue++;
                }
                case CHUA_THUC_HIEN -> notStarted.add(row);
                case TAM_DUNG, DUNG_THUC_HIEN -> halted.add(row);
            }
        }
        List<AppendixGroup> groups = new ArrayList<>();
        groups.add(group("I", "ĐÃ THỰC HIỆN: " + Wording.count(completed.size()) + " nhiệm vụ", completed, byDeadline));
        groups.add(group("II", "ĐANG THỰC HIỆN: " + Wording.count(inProgress.size() - overdue)
                + " nhiệm vụ (trong hạn)" + (overdue > 0 ? "; quá hạn: " + Wording.count(overdue) : ""), inProgress,
                byDeadline));
        groups.add(group("III", "Chưa thực hiện: " + Wording.count(notStarted.size()), notStarted, byDeadline));
        if (!halted.isEmpty()) {
            groups.add(group("IV", "TẠM DỪNG, DỪNG THỰC HIỆN: " + Wording.count(halted.size()) + " nhiệm vụ", halted,
                    byDeadline));
        }
        return groups;
    }

    private static AppendixGroup group(String numeral, String label, List<TaskRow> rows, Comparator<TaskRow> order) {
        List<TaskRow> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        List<AppendixRow> appendix = new ArrayList<>(sorted.size());
        int number = 1;
        for (TaskRow row : sorted) {
            boolean done = row.status().completed();
            LocalDate deadlineDate = (row.deadlineKind() == DeadlineKind.DATE || row.deadlineKind() == DeadlineKind.RECURRING)
                    ? row.writtenDue() : null;
            appendix.add(new AppendixRow(number++, directiveCitation(row), row.content(), row.deadlineDisplay(),
                    deadlineDate, done ? row.completedOn() : null, progress(row.status()), done ? row.result() : null));
        }
        return new AppendixGroup(numeral, label, appendix);
    }

    private static String directiveCitation(TaskRow row) {
        if (row.directiveReference() == null) {
            return null;
        }
        return row.directiveIssuedOn() == null ? row.directiveReference()
                : row.directiveReference() + " ngày " + Wording.date(row.directiveIssuedOn());
    }

    /** The "Tiến độ" cell (domain spec §2.4). */
    static String progress(TaskStatus status) {
        return switch (status) {
            case HT_DUNG_HAN -> "Đúng hạn";
            case HT_QUA_HAN, DANG_QUA_HAN -> "Quá hạn";
            case DANG_TRONG_HAN -> "Chưa đến hạn";
            case CHUA_THUC_HIEN -> "Chưa thực hiện";
            case TAM_DUNG -> "Tạm dừng";
            case DUNG_THUC_HIEN -> "Dừng thực hiện";
        };
    }

    // ----- the Department's own notices and plans

    /**
     * A notice (TB) or plan (KH) the Department issued, rebuilt from the directive it was registered as and the
     * tasks recorded under it. The type is the directive's kind, or {@code type} for a directive of another kind.
     */
    public DirectiveDocument directiveDocument(SignedInUser user, long directiveId, String type) {
        Directive directive = directives.directive(user, directiveId);
        if (!directive.issuedByAgency()) {
            throw Refused.invalid("report.directive.notOwn", directive.reference());
        }
        DirectiveDocument.Type documentType = type(type == null || type.isBlank() ? directive.kind() : type);
        List<TaskRow> rows = new ArrayList<>(allRows(user, null, null, null, null, directiveId));
        rows.sort(Comparator.comparingLong(TaskRow::id));
        Map<Long, String> unitNames = new LinkedHashMap<>();
        Map<Long, List<PlannedTask>> byUnit = new LinkedHashMap<>();
        Set<String> recurring = new HashSet<>();
        for (TaskRow row : rows) {
            // A recurring task comes as one row per period; the document assigns it once.
            if (row.periodKey() != null && !recurring.add(row.leadUnitId() + "\n" + row.content())) {
                continue;
            }
            unitNames.putIfAbsent(row.leadUnitId(), row.leadUnitName());
            List<String> support = tasks.task(user, row.id()).supportUnits().stream().map(Ref::name).toList();
            byUnit.computeIfAbsent(row.leadUnitId(), id -> new ArrayList<>())
                    .add(new PlannedTask(row.content(), support, deadlineWording(row)));
        }
        List<UnitTasks> units = new ArrayList<>();
        byUnit.forEach((unitId, planned) -> units.add(new UnitTasks(unitNames.get(unitId), planned)));
        return new DirectiveDocument(Letterhead.of(org.agency(user)), directive.id(), documentType,
                directive.reference(), directive.issuedOn(), directive.summary(), units);
    }

    public ReportFile directiveFile(DirectiveDocument document, ReportFormat format) {
        String name = (document.type() == DirectiveDocument.Type.TB ? "thong-bao-" : "ke-hoach-")
                + slug(document.reference()) + "." + format.extension();
        byte[] content = switch (format) {
            case DOCX -> DirectiveDocx.render(document);
            case PDF -> pdf.convert(DirectiveDocx.render(document));
            case XLSX -> throw Refused.invalid("report.format.unknown", format.extension());
        };
        return new ReportFile(name, format.mediaType(), content);
    }

    private static DirectiveDocument.Type type(String kind) {
        String clean = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        return switch (clean) {
            case "TB" -> DirectiveDocument.Type.TB;
            case "KH" -> DirectiveDocument.Type.KH;
            default -> throw Refused.invalid("report.directive.type.unsupported", kind == null ? "" : kind.strip());
        };
    }

    /**
     * The deadline as the samples write it after a task, set in bold italics: its recorded wording when there is
     * one ("Thời gian hoàn thành trước ngày 15/6/2020"), otherwise words made from its kind.
     */
    static String deadlineWording(TaskRow row) {
        if (row.deadlineText() != null && !row.deadlineText().isBlank()) {
            return Wording.sentence(Wording.capitalise(row.deadlineText().strip()));
        }
        String value = row.deadlineValue();
        if (row.deadlineKind() == null) {
            return null;
        }
        return switch (row.deadlineKind()) {
            case DATE -> "Thời gian hoàn thành trước ngày " + Wording.date(LocalDate.parse(value)) + ".";
            case MONTH -> "Thời gian hoàn thành trong tháng " + Integer.parseInt(value.substring(5)) + "/"
                    + value.substring(0, 4) + ".";
            case QUARTER -> "Thời gian hoàn thành trong quý "
                    + ReportingPeriod.roman(Integer.parseInt(value.substring(6))) + "/" + value.substring(0, 4) + ".";
            case HALF_YEAR -> "Thời gian hoàn thành trong 6 tháng " + (value.endsWith("H1") ? "đầu" : "cuối")
                    + " năm " + value.substring(0, 4) + ".";
            case YEAR -> "Thực hiện trong năm " + value + ".";
            case FROM_YEAR -> "Thực hiện từ năm " + value + ".";
            case RECURRING -> switch (value == null ? "" : value) {
                case "weekly" -> "Thực hiện thường xuyên hằng tuần.";
                case "monthly" -> "Thực hiện thường xuyên hằng tháng.";
                case "quarterly" -> "Thực hiện thường xuyên hằng quý.";
                case "yearly" -> "Thực hiện nhiệm vụ thường xuyên hằng năm.";
                default -> "Thực hiện thường xuyên.";
            };
            case ON_EVENT -> "Thực hiện khi có yêu cầu.";
            case OTHER, NONE -> null;
        };
    }

    // ----- reading the task module

    private List<TaskRow> allRows(SignedInUser user, LocalDate from, LocalDate to, LocalDate asOf, Long issuerId,
            Long directiveId) {
        List<TaskRow> rows = new ArrayList<>();
        for (int page = 0;; page++) {
            Page<TaskRow> result = tasks.tasks(user, filter(from, to, asOf, issuerId, directiveId, page));
            if (page == 0 && result.total() > properties.maxRows()) {
                throw Refused.invalid("report.tooManyRows", result.total(), properties.maxRows());
            }
            rows.addAll(result.items());
            if (!result.hasNext() || result.items().isEmpty()) {
                return rows;
            }
        }
    }

    /**
     * Top-level tasks only, as the figures count them (a task split among units is one task of the report).
     * Pages in the order of assignment: the rows are sorted here anyway, and PostgreSQL then computes the status of
     * only the rows of each page, where sorting by due date makes it compute every row's for every page.
     */
    private static TaskFilter filter(LocalDate from, LocalDate to, LocalDate asOf, Long issuerId, Long directiveId,
            int page) {
        return new TaskFilter(TaskFilter.Scope.ALL, null, null, asOf, from, to, issuerId, directiveId, null, null,
                null, TaskFilter.Sort.ASSIGNED_DESC, page, TaskFilter.MAX_PAGE_SIZE, true);
    }

    /** "quý I năm 2023" → "quy-i-nam-2023": a file name every browser and system keeps. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "van-ban" : slug;
    }
}
