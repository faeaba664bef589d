package vn.nhiemvu.task;

/** How a deadline is written (corpus/GOLD-FORMAT.md §5). Labels: {@code DeadlineKind.<NAME>}. */
public enum DeadlineKind {
    DATE, MONTH, QUARTER, HALF_YEAR, YEAR, FROM_YEAR, RECURRING, ON_EVENT, OTHER, NONE;

    /** Only these carry a value; the others ("khi có yêu cầu", none) have none. */
    public boolean hasValue() {
        return this != ON_EVENT && this != OTHER && this != NONE;
    }
}
