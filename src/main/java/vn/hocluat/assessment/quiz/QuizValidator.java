package vn.hocluat.assessment.quiz;

import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.quiz.QuizInput.RuleInput;
import vn.hocluat.assessment.quiz.QuizInvalidException.FieldError;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static vn.hocluat.assessment.quiz.QuizInput.isBlank;
import static vn.hocluat.assessment.quiz.QuizInvalidException.ruleField;

/**
 * Reads a {@link QuizInput} into typed values, collecting one error per bad field. What needs the
 * database (unit scope, banks, question counts) is checked afterwards by {@link QuizService}.
 */
final class QuizValidator {
    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_DRAW = 500;
    private static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    private final List<FieldError> errors = new ArrayList<>();

    /** A rule as typed values; {@code index} is its line in the input. */
    record RuleData(int index, RuleKind kind, Long bankId, String category, Difficulty difficulty, String tag,
                    Integer count, Long questionId, BigDecimal points) {
    }

    /** A quiz as typed values (time limit and delay in seconds). */
    record QuizData(String title, String description, Long unitId, Integer timeLimitSeconds, Instant openAt,
                    Instant closeAt, Integer attemptsAllowed, int delaySeconds, GradingMethod gradingMethod,
                    BigDecimal passPercent, boolean shuffleQuestions, boolean shuffleOptions, ReviewMode reviewMode,
                    ReviewWhen reviewWhen, List<RuleData> rules) {
    }

    record Result(QuizData data, List<FieldError> errors) {
    }

    static Result validate(QuizInput in) {
        QuizValidator v = new QuizValidator();
        String title = v.text("title", in.title(), 300, true);
        String description = v.text("description", in.description(), 5000, false);
        Long unitId = v.id("unitId", in.unitId(), true);
        Integer limit = v.integer("timeLimit", in.timeLimit(), 1, MAX_MINUTES, "quiz.error.minutes");
        Instant open = v.moment("openAt", in.openAt());
        Instant close = v.moment("closeAt", in.closeAt());
        if (open != null && close != null && !close.isAfter(open)) {
            v.error("closeAt", "quiz.error.closeBeforeOpen");
        }
        Integer attempts = v.integer("attemptsAllowed", in.attemptsAllowed(), 1, 100, "quiz.error.attempts");
        Integer delay = v.integer("delay", in.delay(), 0, 60 * 24 * 365, "quiz.error.delay");
        GradingMethod method = v.choice("gradingMethod", in.gradingMethod(), GradingMethod.class, GradingMethod.HIGHEST);
        BigDecimal pass = v.decimal("passPercent", in.passPercent(), BigDecimal.ZERO, BigDecimal.valueOf(100), "quiz.error.percent");
        ReviewMode mode = v.choice("reviewMode", in.reviewMode(), ReviewMode.class, ReviewMode.SCORE_ONLY);
        ReviewWhen when = v.choice("reviewWhen", in.reviewWhen(), ReviewWhen.class, ReviewWhen.IMMEDIATELY);
        if (when == ReviewWhen.AFTER_CLOSE && close == null && isBlank(in.closeAt())) {
            v.error("reviewWhen", "quiz.error.afterCloseNeedsClose");
        }
        List<RuleData> rules = new ArrayList<>();
        for (int i = 0; i < in.rules().size(); i++) {
            RuleInput r = in.rules().get(i);
            if (!r.blank()) {
                rules.add(v.readRule(i, r));
            }
        }
        if (rules.isEmpty()) {
            v.error("rules", "quiz.error.noRules");
        }
        QuizData data = new QuizData(title, description, unitId, limit == null ? null : limit * 60, open, close,
                attempts, delay == null ? 0 : delay * 60, method, pass, in.shuffleQuestions(), in.shuffleOptions(),
                mode, when, rules);
        return new Result(data, List.copyOf(v.errors));
    }

    private RuleData readRule(int i, RuleInput r) {
        RuleKind kind = choice(ruleField(i, "kind"), r.kind(), RuleKind.class, RuleKind.DRAW);
        Long bankId = null;
        Integer count = null;
        Long questionId = null;
        if (kind == RuleKind.FIXED) {
            questionId = id(ruleField(i, "questionId"), r.questionId(), true);
        } else {
            bankId = id(ruleField(i, "bankId"), r.bankId(), true);
            count = integer(ruleField(i, "count"), r.count(), 1, MAX_DRAW, "quiz.error.rule.count");
            if (count == null && isBlank(r.count())) {
                error(ruleField(i, "count"), "quiz.error.rule.count", 1, MAX_DRAW);
            }
        }
        Difficulty difficulty = isBlank(r.difficulty()) ? null : choice(ruleField(i, "difficulty"), r.difficulty(), Difficulty.class, null);
        BigDecimal points = decimal(ruleField(i, "points"), r.points(), new BigDecimal("0.01"), MAX_POINTS, "quiz.error.rule.points");
        return new RuleData(i, kind, bankId, kind == RuleKind.DRAW ? text(ruleField(i, "category"), r.category(), 300, false) : null,
                kind == RuleKind.DRAW ? difficulty : null, kind == RuleKind.DRAW ? text(ruleField(i, "tag"), r.tag(), 100, false) : null,
                count, questionId, points == null ? BigDecimal.ONE : points);
    }

    private void error(String field, String key, Object... args) {
        if (errors.stream().noneMatch(e -> e.field().equals(field))) {
            errors.add(new FieldError(field, key, args));
        }
    }

    private String text(String field, String value, int max, boolean required) {
        String t = value == null ? "" : value.trim();
        if (t.isEmpty()) {
            if (required) {
                error(field, "quiz.error.required");
            }
            return null;
        }
        if (t.length() > max) {
            error(field, "quiz.error.tooLong", max);
        }
        return t;
    }

    private Long id(String field, String value, boolean required) {
        if (isBlank(value)) {
            if (required) {
                error(field, "quiz.error.required");
            }
            return null;
        }
        if (!value.trim().matches("\\d{1,18}")) {
            error(field, "quiz.error.number");
            return null;
        }
        return Long.valueOf(value.trim());
    }

    private Integer integer(String field, String value, int min, int max, String key) {
        if (isBlank(value)) {
            return null;
        }
        String t = value.trim();
        if (!t.matches("\\d{1,9}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            error(field, key, min, max);
            return null;
        }
        return Integer.valueOf(t);
    }

    private BigDecimal decimal(String field, String value, BigDecimal min, BigDecimal max, String key) {
        if (isBlank(value)) {
            return null;
        }
        String t = value.trim().replace(',', '.');
        if (!t.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            error(field, key, min.toPlainString(), max.toPlainString());
            return null;
        }
        BigDecimal d = new BigDecimal(t);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            error(field, key, min.toPlainString(), max.toPlainString());
            return null;
        }
        return d;
    }

    private Instant moment(String field, String value) {
        if (isBlank(value)) {
            return null;
        }
        Instant at = QuizTimes.parse(value).orElse(null);
        if (at == null) {
            error(field, "quiz.error.moment");
        }
        return at;
    }

    private <E extends Enum<E>> E choice(String field, String value, Class<E> type, E fallback) {
        if (isBlank(value)) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            error(field, "quiz.error.choice");
            return fallback;
        }
    }
}
