package vn.hocluat.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.assessment.quiz.GradingMethod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A taker's grade on a quiz from their closed attempts by the quiz's grading method: HIGHEST (best
 * percentage; the earlier attempt on a tie), LAST, FIRST, or AVERAGE (mean score over mean maximum,
 * 4 decimals). {@code passed}: percentage ≥ the pass mark (null without one).
 */
@Serdeable
public record QuizGrade(BigDecimal score, BigDecimal maxScore, @Nullable Boolean passed) {

    /** One closed attempt's score and maximum, in attempt order. */
    record Scored(BigDecimal score, BigDecimal max) {
        BigDecimal percent() {
            return max.signum() == 0 ? BigDecimal.ZERO : score.divide(max, 8, RoundingMode.HALF_UP);
        }
    }

    static Optional<QuizGrade> of(GradingMethod method, List<Scored> closed, @Nullable BigDecimal passPercent) {
        if (closed.isEmpty()) {
            return Optional.empty();
        }
        Scored s = switch (method) {
            case FIRST -> closed.get(0);
            case LAST -> closed.get(closed.size() - 1);
            case HIGHEST -> closed.stream().max(Comparator.comparing(Scored::percent)).orElseThrow();
            case AVERAGE -> {
                BigDecimal n = BigDecimal.valueOf(closed.size());
                yield new Scored(closed.stream().map(Scored::score).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, 4, RoundingMode.HALF_UP),
                        closed.stream().map(Scored::max).reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, 4, RoundingMode.HALF_UP));
            }
        };
        Boolean passed = passPercent == null ? null
                : s.score().multiply(BigDecimal.valueOf(100)).compareTo(passPercent.multiply(s.max())) >= 0;
        return Optional.of(new QuizGrade(s.score(), s.max(), passed));
    }
}
