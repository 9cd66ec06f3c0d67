package vn.hocluat.learning.cohort;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cohort member and their attendance: the completion recorded within this cohort (its date and
 * score), otherwise their progress in the course (required lessons done, in percent).
 */
public record MemberRow(long personId, String fullName, String code, String unitName, boolean hasAccount,
                        @Nullable LocalDate completedOn, @Nullable BigDecimal score, @Nullable BigDecimal maxScore,
                        int progressPercent) {

    public boolean completed() {
        return completedOn != null;
    }

    public boolean scored() {
        return score != null;
    }
}
