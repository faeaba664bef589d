package vn.nhiemvu.project;

import java.util.List;

/** One page of the register, with what paging links need. */
public record ProjectPage(List<ProjectRow> items, long total, int page, int size) {

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
