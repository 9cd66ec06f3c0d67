package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.hocluat.assessment.question.Difficulty;

import java.math.BigDecimal;

/**
 * One line of a quiz: DRAW {@code drawCount} questions of the bank (optionally only a category —
 * its sub-categories included —, a difficulty, a tag), or the FIXED question; each worth {@code points}.
 */
@MappedEntity("quiz_rule")
public record QuizRule(@Id @GeneratedValue @Nullable Long id,
                       long quizId,
                       int position,
                       RuleKind kind,
                       long bankId,
                       @Nullable String category,
                       @Nullable Difficulty difficulty,
                       @Nullable String tag,
                       @Nullable Integer drawCount,
                       @Nullable Long questionId,
                       BigDecimal points) {

    /** How many questions this rule puts in an attempt. */
    public int questionCount() {
        return kind == RuleKind.FIXED ? 1 : drawCount == null ? 0 : drawCount;
    }
}
