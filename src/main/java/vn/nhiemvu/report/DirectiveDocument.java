package vn.nhiemvu.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A document the Department issues that assigns tasks, rebuilt from what the system holds: a meeting-conclusion
 * notice (TB, as sample 001) or a plan (KH, as sample 004), its tasks grouped by lead unit.
 *
 * @param reference "185/TB-KHCN", the number the directive was registered with
 * @param summary   the trích yếu
 */
public record DirectiveDocument(Letterhead letterhead, long directiveId, Type type, String reference,
        LocalDate issuedOn, String summary, List<UnitTasks> units) {

    /** The two kinds of NĐ 30/2020 Phụ lục III this produces. */
    public enum Type {
        TB("THÔNG BÁO"), KH("KẾ HOẠCH");

        private final String title;

        Type(String title) {
            this.title = title;
        }

        /** The name of the kind as the document prints it (ô 5a). */
        public String title() {
            return title;
        }
    }

    /** One lead unit and the tasks it leads. */
    public record UnitTasks(String unitName, List<PlannedTask> tasks) {
    }

    /**
     * @param supportUnits the coordinating units' names
     * @param deadline     the deadline's wording ("Thời gian hoàn thành trước ngày 15/06/2020."), or null
     */
    public record PlannedTask(String content, List<String> supportUnits, String deadline) {
    }

    public int taskCount() {
        return units.stream().mapToInt(unit -> unit.tasks().size()).sum();
    }
}
