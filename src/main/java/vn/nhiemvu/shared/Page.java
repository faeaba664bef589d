package vn.nhiemvu.shared;

import java.util.List;

/** One page of a list (tasks, directives, projects), with what paging links need. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }
}
