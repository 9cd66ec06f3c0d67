package vn.hocluat.learning.assign;

import java.util.List;

/** One page of a manager's list, with the number of rows matching the filter (pages of 50). */
public record Paged<T>(List<T> items, long total, int page, int size) {
    public static final int SIZE = 50;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
