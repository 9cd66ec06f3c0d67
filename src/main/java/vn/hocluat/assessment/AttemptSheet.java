package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.assessment.quiz.QuizTimes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as its taker may see it: open, its questions with the taker's responses only; closed,
 * the score when review is open ({@code reviewOpen}) and the questions with the key as far as the
 * quiz's review mode allows. Times are the server's; {@code secondsLeft} until the deadline.
 */
@Serdeable
public record AttemptSheet(long id, long quizId, String quizTitle, int number, AttemptState state, Instant startedAt,
                           @Nullable Instant deadline, @Nullable Instant finishedAt, @Nullable Long secondsLeft,
                           @Nullable Long durationSeconds, boolean reviewOpen, @Nullable Instant reviewFrom,
                           @Nullable BigDecimal score, BigDecimal maxScore, @Nullable Boolean passed,
                           List<SheetQuestion> questions) {

    public boolean inProgress() {
        return state == AttemptState.IN_PROGRESS;
    }

    /** "passed", "failed", or null without a pass mark or while review is closed. */
    public String verdict() {
        return passed == null ? null : passed ? "passed" : "failed";
    }

    public String deadlineText() {
        return QuizTimes.formatSeconds(deadline);
    }

    public String startedText() {
        return QuizTimes.formatSeconds(startedAt);
    }

    public String finishedText() {
        return QuizTimes.formatSeconds(finishedAt);
    }

    public String reviewFromText() {
        return QuizTimes.format(reviewFrom);
    }

    public String durationText() {
        return QuizTimes.duration(durationSeconds);
    }

    public String leftText() {
        return QuizTimes.duration(secondsLeft);
    }
}
