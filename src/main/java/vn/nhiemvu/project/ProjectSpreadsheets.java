package vn.nhiemvu.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;
import vn.nhiemvu.org.Unit;
import vn.nhiemvu.shared.Refused;

/**
 * The register as an XLSX workbook, both ways: the Department's existing spreadsheets are the migration path. An
 * export writes the filtered register with Vietnamese headers and labels; an import reads the same columns (found
 * by their header, in any order; codes or Vietnamese labels, dates as dates or dd/MM/yyyy) and records each row as a
 * proposal or as a project already under way. Every row is tried; when any row has a problem, every problem is
 * reported with its row number and nothing is recorded.
 */
@Service
public class ProjectSpreadsheets {

    static final int MAX_ROWS = 20_000;

    /** The columns, in the order an export writes them; the import needs the ones marked required. */
    enum Column {
        CODE, TITLE, SHORT_NAME, LEVEL, PROGRAMME, ROLE, TYPE, FIELD, PROPOSER, HOST, INVESTIGATOR, START_YEAR,
        START_ON, END_ON, TOTAL_BUDGET, STATE_BUDGET, OTHER_BUDGET, DISBURSED, STATE, STATE_SINCE, OUTCOME, RATING,
        UNIT;

        boolean required() {
            return this == TITLE || this == LEVEL || this == FIELD || this == START_YEAR;
        }

        String key() {
            return "project.xlsx." + name();
        }
    }

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ProjectService projects;
    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final OrgService org;
    private final MessageSource messages;
    private final TransactionTemplate savepoint;

    ProjectSpreadsheets(ProjectService projects, ProjectQueries queries, ProjectAccess access, OrgService org,
            MessageSource messages, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.projects = projects;
        this.queries = queries;
        this.access = access;
        this.org = org;
        this.messages = messages;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    // ----- export

    @Transactional(readOnly = true)
    public byte[] export(SignedInUser user, ProjectFilter filter) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, String> units = new HashMap<>();
        org.units(user).forEach(unit -> units.put(unit.id(), unit.name()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("project.xlsx.sheet", locale));
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Row head = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = head.createCell(column.ordinal());
                cell.setCellValue(message(column.key(), locale));
                cell.setCellStyle(header);
            }
            int r = 1;
            for (ProjectQueries.ExportRow p : queries.export(access.visibility(user), filter, MAX_ROWS)) {
                Row row = sheet.createRow(r++);
                text(row, Column.CODE, p.code());
                text(row, Column.TITLE, p.title());
                text(row, Column.SHORT_NAME, p.shortName());
                text(row, Column.LEVEL, message("project.ProjectLevel." + p.level(), locale));
                text(row, Column.PROGRAMME, p.programme());
                text(row, Column.ROLE, message("project.DepartmentRole." + p.role(), locale));
                text(row, Column.TYPE, message("project.ProjectType." + p.type(), locale));
                text(row, Column.FIELD, message("project.fieldCode." + p.field(), locale));
                text(row, Column.PROPOSER, p.proposer());
                text(row, Column.HOST, p.hostName());
                text(row, Column.INVESTIGATOR, p.piName());
                row.createCell(Column.START_YEAR.ordinal()).setCellValue(p.startYear());
                date(row, Column.START_ON, p.startOn(), date);
                date(row, Column.END_ON, p.endOn(), date);
                money(row, Column.TOTAL_BUDGET, p.totalBudget(), money);
                money(row, Column.STATE_BUDGET, p.stateBudget(), money);
                money(row, Column.OTHER_BUDGET, p.otherBudget(), money);
                money(row, Column.DISBURSED, p.disbursed(), money);
                text(row, Column.STATE, message("project.ProjectState." + p.state(), locale));
                date(row, Column.STATE_SINCE, p.stateSince(), date);
                text(row, Column.OUTCOME, p.outcome() == null ? null : message("project.Outcome." + p.outcome(), locale));
                text(row, Column.RATING, p.rating() == null ? null
                        : messages.getMessage("project.rating." + p.rating(), null, p.rating(), locale));
                text(row, Column.UNIT, p.unitId() == null ? null : units.get(p.unitId()));
            }
            sheet.createFreezePane(0, 1);
            for (Column column : Column.values()) {
                sheet.setColumnWidth(column.ordinal(), column == Column.TITLE ? 60 * 256 : 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, Column column, String value) {
        if (value != null) {
            row.createCell(column.ordinal()).setCellValue(value);
        }
    }

    private static void date(Row row, Column column, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    private static void money(Row row, Column column, Long value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    // ----- import

    @Transactional
    public ImportResult importRows(SignedInUser user, UploadedFile file) {
        access.require(access.creates(user));
        if (file == null || !file.present() || !file.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw Refused.invalid("project.xlsx.notXlsx");
        }
        Locale locale = LocaleContextHolder.getLocale();
        Readers labels = new Readers(user);
        List<String> problems = new ArrayList<>();
        int rows = 0;
        int imported = 0;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Column, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()), locale);
            for (Column column : Column.values()) {
                if (column.required() && !columns.containsKey(column)) {
                    problems.add(message("project.xlsx.missingColumn", locale, message(column.key(), locale)));
                }
            }
            if (!problems.isEmpty()) {
                return new ImportResult(0, 0, problems);
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blankRow(row, columns)) {
                    continue;
                }
                if (++rows > MAX_ROWS) {
                    problems.add(message("project.xlsx.tooManyRows", locale, MAX_ROWS));
                    break;
                }
                int number = r + 1;
                try {
                    ProjectDraft draft = draft(row, columns, labels, locale);
                    savepoint.executeWithoutResult(status -> projects.create(user, draft));
                    imported++;
                } catch (Refused refused) {
                    problems.add(message("project.xlsx.rowProblem", locale, String.valueOf(number),
                            messages.getMessage(refused.messageKey(), refused.arguments(), locale)));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refused refused) {
                throw refused;
            }
            throw Refused.invalid("project.xlsx.unreadable");
        }
        if (!problems.isEmpty()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ImportResult(rows, 0, problems);
        }
        return new ImportResult(rows, imported, List.of());
    }

    private Map<Column, Integer> columns(Row header, Locale locale) {
        Map<String, Column> byHeader = new HashMap<>();
        for (Column column : Column.values()) {
            byHeader.put(ConflictRule.fold(message(column.key(), locale)), column);
            byHeader.put(ConflictRule.fold(messages.getMessage(column.key(), null, ProjectService.VIETNAMESE)), column);
            byHeader.put(ConflictRule.fold(column.name()), column);
        }
        Map<Column, Integer> columns = new LinkedHashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                Column column = byHeader.get(ConflictRule.fold(string(cell)));
                if (column != null) {
                    columns.putIfAbsent(column, cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private static boolean blankRow(Row row, Map<Column, Integer> columns) {
        return columns.values().stream().allMatch(index -> string(row.getCell(index)) == null);
    }

    private ProjectDraft draft(Row row, Map<Column, Integer> columns, Readers labels, Locale locale) {
        Function<Column, String> text = column -> columns.containsKey(column)
                ? string(row.getCell(columns.get(column))) : null;
        String title = text.apply(Column.TITLE);
        if (title == null) {
            throw Refused.invalid("project.title.required");
        }
        ProjectLevel level = labels.of(ProjectLevel.class, text.apply(Column.LEVEL), "project.xlsx.LEVEL");
        if (level == null) {
            throw Refused.invalid("project.level.required");
        }
        String fieldText = text.apply(Column.FIELD);
        ScienceField field = fieldText == null ? null : ScienceField.parse(fieldText)
                .orElseGet(() -> labels.of(ScienceField.class, fieldText, "project.xlsx.FIELD"));
        if (field == null) {
            throw Refused.invalid("project.field.required");
        }
        Integer startYear = integer(text.apply(Column.START_YEAR), "project.xlsx.START_YEAR");
        ProjectState state = labels.of(ProjectState.class, text.apply(Column.STATE), "project.xlsx.STATE");
        String programme = text.apply(Column.PROGRAMME);
        String unit = text.apply(Column.UNIT);
        Long unitId = unit == null ? null : labels.unit(unit);
        Long total = money(text.apply(Column.TOTAL_BUDGET), "project.xlsx.TOTAL_BUDGET");
        Long stateBudget = money(text.apply(Column.STATE_BUDGET), "project.xlsx.STATE_BUDGET");
        Long other = money(text.apply(Column.OTHER_BUDGET), "project.xlsx.OTHER_BUDGET");
        return new ProjectDraft(text.apply(Column.CODE), title, text.apply(Column.SHORT_NAME), level,
                programme == null ? null : labels.programme(programme),
                null, labels.of(DepartmentRole.class, text.apply(Column.ROLE), "project.xlsx.ROLE"),
                labels.of(ProjectType.class, text.apply(Column.TYPE), "project.xlsx.TYPE"), null, false, null, null,
                null, field, null, text.apply(Column.PROPOSER), null, null, text.apply(Column.HOST), null,
                text.apply(Column.INVESTIGATOR) == null ? null
                        : new Investigator(text.apply(Column.INVESTIGATOR), null, null),
                null, null, null, null, null, null, startYear, null,
                date(row, columns, Column.START_ON), date(row, columns, Column.END_ON),
                total == null && stateBudget == null && other == null ? null
                        : new Budget(total, stateBudget, other, null),
                null, null, unitId, null, null, false, null, state, date(row, columns, Column.STATE_SINCE), null);
    }

    private static Integer integer(String value, String column) {
        if (value == null) {
            return null;
        }
        try {
            return (int) Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw Refused.invalid("project.xlsx.badValue", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {column}, column), value);
        }
    }

    private static Long money(String value, String column) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s.,đ]", "");
        try {
            return value.matches("\\d+\\.0") ? (long) Double.parseDouble(value) : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw Refused.invalid("project.xlsx.badValue", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {column}, column), value);
        }
    }

    private static LocalDate date(Row row, Map<Column, Integer> columns, Column column) {
        if (!columns.containsKey(column)) {
            return null;
        }
        Cell cell = row.getCell(columns.get(column));
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = string(cell);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.strip(), VIETNAMESE_DATE)
                    : LocalDate.parse(value.strip(), DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw Refused.invalid("project.xlsx.badDate", value);
        }
    }

    private static String string(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                ? plainNumber(cell.getNumericCellValue()) : new DataFormatter().formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String plainNumber(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Reads a cell written as a code ("TINH"), a Vietnamese label ("Cấp tỉnh") or an English one. */
    private final class Readers {

        private final Map<String, Long> units = new HashMap<>();

        Readers(SignedInUser user) {
            for (Unit unit : org.units(user)) {
                units.put(ConflictRule.fold(unit.code()), unit.id());
                units.put(ConflictRule.fold(unit.name()), unit.id());
            }
        }

        <E extends Enum<E>> E of(Class<E> type, String value, String column) {
            if (value == null) {
                return null;
            }
            String folded = ConflictRule.fold(value);
            for (E constant : type.getEnumConstants()) {
                String key = "project." + type.getSimpleName() + "." + constant.name();
                if (folded.equals(ConflictRule.fold(constant.name()))
                        || folded.equals(ConflictRule.fold(messages.getMessage(key, null, "", ProjectService.VIETNAMESE)))
                        || folded.equals(ConflictRule.fold(messages.getMessage(key, null, "", Locale.ENGLISH)))) {
                    return constant;
                }
            }
            throw Refused.invalid("project.xlsx.badValue", new org.springframework.context.support
                    .DefaultMessageSourceResolvable(new String[] {column}, column), value);
        }

        String programme(String value) {
            String folded = ConflictRule.fold(value);
            for (String code : projects.settings().programmes()) {
                if (folded.equals(ConflictRule.fold(code)) || folded.equals(ConflictRule.fold(messages.getMessage(
                        "project.programme." + code, null, code, ProjectService.VIETNAMESE)))
                        || folded.equals(ConflictRule.fold(messages.getMessage("project.group." + code, null, code,
                                ProjectService.VIETNAMESE)))) {
                    return code;
                }
            }
            return value;
        }

        Long unit(String value) {
            Long id = units.get(ConflictRule.fold(value));
            if (id == null) {
                throw Refused.invalid("project.unit.unknown", value);
            }
            return id;
        }
    }
}
