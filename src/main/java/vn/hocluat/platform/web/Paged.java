package vn.hocluat.platform.web;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** One page of a list (pages count from 1), with the number of items matching the filter. */
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

    public long offset() {
        return offset(page, size);
    }

    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
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
}
