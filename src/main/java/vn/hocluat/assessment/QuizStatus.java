package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.assessment.quiz.QuizTimes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A taker's standing on a quiz: their attempts (scores only where review is open), attempts left
 * (null: unlimited), the open attempt to resume, why a new one cannot start (a message key with
 * its arguments, null when it can), and their grade when review is open.
 */
@Serdeable
public record QuizStatus(List<Summary> attempts, @Nullable Integer attemptsLeft, @Nullable Long openAttemptId,
                         @Nullable String refusalKey, List<Object> refusalArgs, @Nullable QuizGrade grade) {

    public boolean canStart() {
        return openAttemptId == null && refusalKey == null;
    }

    /** One attempt in a list. */
    @Serdeable
    public record Summary(long id, int number, AttemptState state, Instant startedAt, @Nullable Instant finishedAt,
                          @Nullable Long durationSeconds, boolean reviewOpen, @Nullable BigDecimal score, BigDecimal maxScore) {
        public String startedText() {
            return QuizTimes.formatSeconds(startedAt);
        }

        public String durationText() {
            return QuizTimes.duration(durationSeconds);
        }
    }
}
