package vn.hocluat.assessment.bank;

import java.util.List;

/** One page of a list, with the total number of items matching. */
public record Paged<T>(List<T> items, long total, int page, int size) {
    public static final int PAGE_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
