package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A line of a quiz list. */
@Serdeable
public record QuizSummary(long id, String title, String unitName, @Nullable Instant openAt, @Nullable Instant closeAt,
                          @Nullable Integer timeLimitSeconds) {
    public String opens() {
        return QuizTimes.format(openAt);
    }

    public String closes() {
        return QuizTimes.format(closeAt);
    }

    public Integer minutes() {
        return timeLimitSeconds == null ? null : timeLimitSeconds / 60;
    }
}
