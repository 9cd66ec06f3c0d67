package vn.hocluat.org;

import java.util.List;

/** One page of a people list, with the total number of people matching the filter. */
public record PersonPage(List<PersonView> items, long total, int page, int size) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
