package vn.nhiemvu.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.importer.ImportWarning.Code;

/**
 * Checks on a proposal that a reviewer should see before confirming it (issue #6 §4): a directive dated
 * after the task's own deadline, a deadline before the document's date, a lead that matches no unit, no task
 * at all. "Already imported" needs the database and is added by the caller ({@link ImportWarning#alreadyImported}).
 */
final class ProposalChecks {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private ProposalChecks() {
    }

    static Proposal check(Proposal proposal) {
        List<ImportWarning> warnings = new ArrayList<>(proposal.warnings());
        LocalDate documentStart = documentStart(proposal.meta().date());
        for (ProposedTask task : proposal.tasks()) {
            LocalDate[] due = Deadlines.bounds(task.deadline());
            LocalDate directive = directiveDate(task.sourceRef());
            if (due != null && directive != null && directive.isAfter(due[1])) {
                warnings.add(ImportWarning.of(Code.DIRECTIVE_AFTER_DEADLINE, "importer.warning.directiveAfterDeadline",
                        task.n(), VIETNAMESE.format(directive), VIETNAMESE.format(due[1])));
            }
            boolean reported = task.completed() != null || task.status() != null;
            if (due != null && documentStart != null && !reported && due[1].isBefore(documentStart)) {
                warnings.add(ImportWarning.of(Code.DEADLINE_BEFORE_DOCUMENT, "importer.warning.deadlineBeforeDocument",
                        task.n(), VIETNAMESE.format(due[1]), VIETNAMESE.format(documentStart)));
            }
            if (task.lead() != null && !task.leadMatched()) {
                warnings.add(ImportWarning.of(Code.LEAD_NOT_FOUND, "importer.warning.leadNotFound", task.n(), task.lead()));
            }
        }
        if (proposal.tasks().isEmpty()) {
            warnings.add(ImportWarning.of(Code.NO_TASKS, "importer.warning.noTasks", null));
        }
        return new Proposal(proposal.meta(), proposal.tasks(), warnings, proposal.contentHash());
    }

    /** The date of the directive a row cites: "6625/UBND-KGVX Ngày 31/12/2023" → 2023-12-31. */
    static LocalDate directiveDate(String sourceRef) {
        if (sourceRef == null) {
            return null;
        }
        Matcher m = DATE.matcher(sourceRef);
        LocalDate last = null;
        while (m.find()) {
            last = Deadlines.date(Integer.valueOf(m.group(3)), m.group(2), m.group(1));
        }
        return last;
    }

    /** The first day the document's date allows: "2023-03" → 2023-03-01. */
    static LocalDate documentStart(String date) {
        if (date == null) {
            return null;
        }
        try {
            return switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> LocalDate.parse(date + "-01");
                default -> LocalDate.parse(date);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
