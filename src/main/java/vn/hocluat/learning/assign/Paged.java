package vn.hocluat.learning.assign;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

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

    /** Puts the links to the previous and next pages (previousUrl, nextUrl) into a page model. */
    public void links(Map<String, Object> model, IntFunction<String> url) {
        if (hasPrevious()) {
            model.put("previousUrl", url.apply(page - 1));
        }
        if (hasNext()) {
            model.put("nextUrl", url.apply(page + 1));
        }
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
