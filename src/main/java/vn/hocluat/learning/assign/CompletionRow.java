package vn.hocluat.learning.assign;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored course completion of a roster person: who, where, which course, when, score, and the cohort if any. */
public record CompletionRow(long personId, String fullName, String code, String unitName, long courseId, String courseTitle,
                            LocalDate completedOn, @Nullable BigDecimal score, @Nullable BigDecimal maxScore,
                            @Nullable Long cohortId, @Nullable String cohortTitle) {

    public boolean scored() {
        return score != null;
    }
}
