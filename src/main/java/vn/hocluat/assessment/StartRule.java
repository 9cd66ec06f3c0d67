package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.quiz.QuizTimes;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a taker may start a new attempt now (the database clock): the quiz must be open, attempts
 * left, the delay since the last finished attempt passed. The same rule decides the start button
 * and refuses a start; the insert re-checks it atomically in SQL.
 */
record StartRule(Instant now, @Nullable Instant openAt, @Nullable Instant closeAt, @Nullable Integer attemptsAllowed,
                 int delaySeconds, int used, @Nullable Instant lastFinished, @Nullable Long openAttemptId,
                 boolean openOverdue) {

    /** Why not, as a message key with arguments. */
    record Refusal(String key, Object... args) {
    }

    Optional<Refusal> refusal() {
        if (openAt != null && now.isBefore(openAt)) {
            return Optional.of(new Refusal("attempt.start.notYetOpen", QuizTimes.format(openAt)));
        }
        if (closeAt != null && !now.isBefore(closeAt)) {
            return Optional.of(new Refusal("attempt.start.closed", QuizTimes.format(closeAt)));
        }
        if (attemptsAllowed != null && used >= attemptsAllowed) {
            return Optional.of(new Refusal("attempt.start.noneLeft", attemptsAllowed));
        }
        if (lastFinished != null && delaySeconds > 0 && now.isBefore(lastFinished.plusSeconds(delaySeconds))) {
            return Optional.of(new Refusal("attempt.start.wait", QuizTimes.format(lastFinished.plusSeconds(delaySeconds + 59L))));
        }
        return Optional.empty();
    }

    /** Attempts still allowed (null: unlimited). */
    @Nullable
    Integer left() {
        return attemptsAllowed == null ? null : Math.max(0, attemptsAllowed - used);
    }
}
