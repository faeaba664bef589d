package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

/** A task not yet completed nor halted: what reminders, digests and urgings are about. */
public record OpenTask(long id, long agencyId, String content, long leadUnitId, String leadUnitName,
        List<Long> assigneeIds, LocalDate dueDate) {
}
