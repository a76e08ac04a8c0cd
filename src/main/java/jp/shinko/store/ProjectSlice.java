package jp.shinko.store;

import java.util.List;

/**
 * One page of a project list.
 *
 * @param page  1-based page number
 * @param total projects matching the filter on all pages
 */
public record ProjectSlice(List<ProjectRow> rows, int total, int page, int pageSize) {

    public ProjectSlice {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
