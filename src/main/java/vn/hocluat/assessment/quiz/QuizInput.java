package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A quiz definition as typed in the form or sent to the API, all values still text: minutes for
 * the time limit and the delay, moments as dd/MM/yyyy HH:mm (or ISO-8601), blank for "none".
 */
public record QuizInput(@Nullable String title, @Nullable String description, @Nullable String unitId,
                        @Nullable String timeLimit, @Nullable String openAt, @Nullable String closeAt,
                        @Nullable String attemptsAllowed, @Nullable String delay, @Nullable String gradingMethod,
                        @Nullable String passPercent, boolean shuffleQuestions, boolean shuffleOptions,
                        @Nullable String reviewMode, @Nullable String reviewWhen, List<RuleInput> rules) {

    /** One rule line; a line with nothing but its kind filled in is ignored. */
    public record RuleInput(@Nullable String kind, @Nullable String bankId, @Nullable String category,
                            @Nullable String difficulty, @Nullable String tag, @Nullable String count,
                            @Nullable String questionId, @Nullable String points) {
        public boolean blank() {
            return isBlank(bankId) && isBlank(count) && isBlank(questionId) && isBlank(category) && isBlank(tag)
                    && isBlank(difficulty) && isBlank(points);
        }
    }

    static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
