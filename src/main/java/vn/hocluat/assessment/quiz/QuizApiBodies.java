package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import vn.hocluat.assessment.quiz.QuizInput.RuleInput;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The JSON bodies of /api/v1/quizzes: times ISO-8601, time limit and delay in minutes, enums by name. */
final class QuizApiBodies {
    private QuizApiBodies() {
    }

    @Serdeable
    @Schema(name = "QuizRule")
    record RuleJson(@Schema(description = "DRAW or FIXED") @Nullable String kind, @Nullable Long bankId,
                    @Nullable String category, @Schema(description = "EASY, MEDIUM or HARD") @Nullable String difficulty,
                    @Nullable String tag, @Schema(description = "questions drawn (DRAW)") @Nullable Integer count,
                    @Schema(description = "the question (FIXED)") @Nullable Long questionId, @Nullable BigDecimal points) {
        static RuleJson of(QuizRule r) {
            return new RuleJson(r.kind().name(), r.bankId(), r.category(), r.difficulty() == null ? null : r.difficulty().name(),
                    r.tag(), r.drawCount(), r.questionId(), r.points());
        }

        RuleInput input() {
            return new RuleInput(kind, text(bankId), category, difficulty, tag, text(count), text(questionId),
                    points == null ? null : points.toPlainString());
        }
    }

    /** A quiz as stored, with its question count and maximum score. */
    @Serdeable
    @Schema(name = "Quiz")
    record QuizJson(long id, long unitId, String title, @Nullable String description, @Nullable Integer timeLimitMinutes,
                    @Nullable Instant openAt, @Nullable Instant closeAt, @Nullable Integer attemptsAllowed, int delayMinutes,
                    GradingMethod gradingMethod, @Nullable BigDecimal passPercent, boolean shuffleQuestions,
                    boolean shuffleOptions, ReviewMode reviewMode, ReviewWhen reviewWhen, List<RuleJson> rules,
                    int questionCount, BigDecimal maxScore) {
        static QuizJson of(QuizDetail d) {
            Quiz q = d.quiz();
            return new QuizJson(q.id(), q.unitId(), q.title(), q.description(),
                    q.timeLimitSeconds() == null ? null : q.timeLimitSeconds() / 60, q.openAt(), q.closeAt(), q.attemptsAllowed(),
                    q.attemptDelaySeconds() / 60, q.gradingMethod(), q.passPercent(), q.shuffleQuestions(), q.shuffleOptions(),
                    q.reviewMode(), q.reviewWhen(), d.rules().stream().map(l -> RuleJson.of(l.rule())).toList(),
                    d.questionCount(), d.maxScore());
        }
    }

    /** A quiz to create, or the full new state of one; absent values mean "none" or the default. */
    @Serdeable
    @Schema(name = "QuizRequest")
    record QuizRequest(@Nullable String title, @Nullable String description, @Nullable Long unitId,
                       @Nullable Integer timeLimitMinutes,
                       @Schema(description = "ISO-8601 with offset, e.g. 2025-09-15T08:00:00+07:00") @Nullable String openAt,
                       @Schema(description = "ISO-8601 with offset") @Nullable String closeAt,
                       @Nullable Integer attemptsAllowed, @Nullable Integer delayMinutes,
                       @Schema(description = "HIGHEST (default), LAST, FIRST, AVERAGE") @Nullable String gradingMethod,
                       @Nullable BigDecimal passPercent, @Nullable Boolean shuffleQuestions, @Nullable Boolean shuffleOptions,
                       @Schema(description = "SCORE_ONLY (default), CORRECT_ANSWERS, FEEDBACK") @Nullable String reviewMode,
                       @Schema(description = "IMMEDIATELY (default), AFTER_CLOSE") @Nullable String reviewWhen,
                       @Nullable List<RuleJson> rules) {
        QuizInput input() {
            return new QuizInput(title, description, text(unitId), text(timeLimitMinutes), openAt, closeAt, text(attemptsAllowed),
                    text(delayMinutes), gradingMethod, passPercent == null ? null : passPercent.toPlainString(),
                    !Boolean.FALSE.equals(shuffleQuestions), !Boolean.FALSE.equals(shuffleOptions), reviewMode, reviewWhen,
                    rules == null ? List.of() : rules.stream().map(RuleJson::input).toList());
        }
    }

    @Serdeable
    @Schema(name = "QuizFieldError")
    record FieldErrorJson(String field, String message) {
    }

    @Serdeable
    @Schema(name = "QuizFieldErrors")
    record FieldErrorsJson(List<FieldErrorJson> errors) {
    }

    @Serdeable
    @Schema(name = "QuizList")
    record QuizListJson(List<QuizSummary> items) {
    }

    private static String text(@Nullable Object o) {
        return o == null ? null : o.toString();
    }
}
