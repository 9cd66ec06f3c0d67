package vn.hocluat.learning.assign;

import io.micronaut.core.annotation.Nullable;

/** Which due rows a manager lists: a unit (with its subtree), a course, overdue / due within N days / all. */
public record DueFilter(@Nullable Long unitId, @Nullable Long courseId, State state, int days) {
    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    public enum State { ALL, OVERDUE, SOON }

    public DueFilter {
        days = Math.max(1, Math.min(MAX_DAYS, days));
    }
}
