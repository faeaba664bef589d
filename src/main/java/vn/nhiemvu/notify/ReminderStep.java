package vn.nhiemvu.notify;

/**
 * Which reminder a task is due for on a day: {@code BEFORE_7}, {@code DUE}, {@code OVERDUE_2}… The key is
 * what the sent-log remembers, so that each step is sent once.
 */
record ReminderStep(String key, Kind kind, int days) {

    enum Kind {
        BEFORE, DUE, OVERDUE
    }
}
