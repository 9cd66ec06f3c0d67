package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.quiz.GradingMethod;
import vn.hocluat.assessment.quiz.ReviewMode;
import vn.hocluat.assessment.quiz.ReviewWhen;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An attempt as stored, with what its pages need of its quiz and the database clock at reading.
 * {@code saved}: the responses saved while open; {@code overdue}: open past deadline + grace.
 */
record AttemptRow(long id, long quizId, Taker taker, int number, AttemptState state, Instant startedAt,
                  @Nullable Instant deadline, @Nullable Instant finishedAt, List<Item> items, List<Response> saved,
                  @Nullable BigDecimal score, BigDecimal maxScore, Instant now, String quizTitle,
                  ReviewMode reviewMode, ReviewWhen reviewWhen, @Nullable Instant closeAt,
                  @Nullable BigDecimal passPercent, GradingMethod gradingMethod, boolean overdue) {

    boolean open() {
        return state == AttemptState.IN_PROGRESS;
    }

    /** Responses to show: saved ones while open, the graded ones after. */
    List<Response> responses() {
        return open() ? saved : items.stream().map(i -> i.response() == null ? Response.NONE : i.response()).toList();
    }
}
