package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * Which people to list: a unit (with its subtree; null = the caller's whole subtree), an audience
 * group, free text (folded name, code or phone), active on a day (null = today) unless inactive
 * people are included, and the 1-based page.
 */
public record PersonFilter(@Nullable Long unitId,
                           @Nullable AudienceGroup group,
                           @Nullable String q,
                           @Nullable LocalDate activeOn,
                           boolean includeInactive,
                           int page,
                           int size) {
    public static final int PAGE_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PersonFilter {
        page = Math.max(1, page);
        size = Math.max(1, Math.min(MAX_SIZE, size));
        q = q == null || q.isBlank() ? null : q.trim();
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
