package vn.nhiemvu.task;

import java.util.Map;

/**
 * The counts of the domain spec §2.7–2.8 for a set of tasks on an as-of date: total (the five buckets)
 * and the paused or stopped tasks listed apart.
 */
public record TaskSummary(int total, int completedOnTime, int completedLate, int inProgressOnTime,
        int inProgressOverdue, int notStarted, int paused, int stopped) {

    static TaskSummary of(Map<TaskStatus, Integer> counts) {
        int onTime = counts.getOrDefault(TaskStatus.HT_DUNG_HAN, 0);
        int late = counts.getOrDefault(TaskStatus.HT_QUA_HAN, 0);
        int inTime = counts.getOrDefault(TaskStatus.DANG_TRONG_HAN, 0);
        int overdue = counts.getOrDefault(TaskStatus.DANG_QUA_HAN, 0);
        int notStarted = counts.getOrDefault(TaskStatus.CHUA_THUC_HIEN, 0);
        return new TaskSummary(onTime + late + inTime + overdue + notStarted, onTime, late, inTime, overdue,
                notStarted, counts.getOrDefault(TaskStatus.TAM_DUNG, 0),
                counts.getOrDefault(TaskStatus.DUNG_THUC_HIEN, 0));
    }

    public int count(TaskStatus status) {
        return switch (status) {
            case HT_DUNG_HAN -> completedOnTime;
            case HT_QUA_HAN -> completedLate;
            case DANG_TRONG_HAN -> inProgressOnTime;
            case DANG_QUA_HAN -> inProgressOverdue;
            case CHUA_THUC_HIEN -> notStarted;
            case TAM_DUNG -> paused;
            case DUNG_THUC_HIEN -> stopped;
        };
    }

    /** Completed among tasks already due: completed ÷ (completed + overdue unfinished), §2.8; null when none. */
    public Double onTimeRateAmongDue() {
        int due = completedOnTime + completedLate + inProgressOverdue;
        return due == 0 ? null : 100.0 * completedOnTime / due;
    }

    /** Completed among all tasks assigned, §2.8; null when none. */
    public Double completionRate() {
        return total == 0 ? null : 100.0 * (completedOnTime + completedLate) / total;
    }
}
