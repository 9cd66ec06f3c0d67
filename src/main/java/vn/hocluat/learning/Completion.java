package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored course completion (the TrainingRecord of a course): written once, when the rules were first met. */
public record Completion(long id, long courseId, int courseVersion, long accountId, @Nullable Long personId,
                         Instant completedAt, @Nullable BigDecimal score, @Nullable BigDecimal maxScore,
                         @Nullable Long cohortId) {
}
