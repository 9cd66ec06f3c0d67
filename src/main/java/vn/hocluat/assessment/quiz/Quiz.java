package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A quiz definition owned by a unit: how questions are drawn (its {@link QuizRule}s), timing
 * (limit, open/close), attempts allowed and the delay between them, how attempts make a grade, the
 * pass mark and what takers may review. Null limit/open/close/attempts mean "none".
 */
@MappedEntity("quiz")
public record Quiz(@Id @GeneratedValue @Nullable Long id,
                   long unitId,
                   String title,
                   @Nullable String description,
                   @Nullable Integer timeLimitSeconds,
                   @Nullable Instant openAt,
                   @Nullable Instant closeAt,
                   @Nullable Integer attemptsAllowed,
                   int attemptDelaySeconds,
                   GradingMethod gradingMethod,
                   @Nullable BigDecimal passPercent,
                   boolean shuffleQuestions,
                   boolean shuffleOptions,
                   ReviewMode reviewMode,
                   ReviewWhen reviewWhen,
                   @Nullable Long createdBy,
                   @DateCreated @Nullable Instant createdAt,
                   @DateUpdated @Nullable Instant updatedAt) {
}
