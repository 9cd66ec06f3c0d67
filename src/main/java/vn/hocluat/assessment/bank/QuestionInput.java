package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.QuestionContent;

import java.util.List;

/**
 * A question to create, or the new state of one: where it sits in the bank (category "A/B/C",
 * difficulty EASY/MEDIUM/HARD as typed, tags) and what it says (the content, versioned).
 */
public record QuestionInput(@Nullable String category, @Nullable String difficulty, List<String> tags,
                            QuestionContent content) {
}
