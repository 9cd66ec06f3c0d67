package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionContent;

import java.util.List;

/** A checked question: trimmed, typed, and its content holding only the list its type uses. */
record QuestionData(@Nullable String category, @Nullable Difficulty difficulty, List<String> tags,
                    QuestionContent content) {
}
