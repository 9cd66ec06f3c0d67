package vn.hocluat.assessment.format;

import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short ways to write expected questions in the format tests. */
final class FormatTesting {
    private FormatTesting() {
    }

    /** The one question of a result that must have no error. */
    static ParsedQuestion only(ParseResult result) {
        assertEquals(List.of(), result.errors());
        assertEquals(1, result.questions().size(), "questions");
        return result.questions().get(0);
    }

    static QuestionContent choices(QuestionType type, String title, String text, List<Choice> choices, String general) {
        return new QuestionContent(type, title, text, TextFormat.MARKDOWN, choices, List.of(), List.of(), general, false);
    }

    static QuestionContent numeric(String title, String text, List<NumericAnswer> answers, String general) {
        return new QuestionContent(QuestionType.NUMERICAL, title, text, TextFormat.MARKDOWN, List.of(), answers, List.of(), general, false);
    }

    static QuestionContent matching(String title, String text, List<MatchPair> pairs, String general) {
        return new QuestionContent(QuestionType.MATCHING, title, text, TextFormat.MARKDOWN, List.of(), List.of(), pairs, general, false);
    }

    static FormatError e(int line, String key, Object... args) {
        return new FormatError(line, key, args);
    }

    static Choice c(String text, int weight) {
        return new Choice(text, weight, null);
    }

    static Choice c(String text, int weight, String feedback) {
        return new Choice(text, weight, feedback);
    }

    static NumericAnswer n(String min, String max, int weight) {
        return new NumericAnswer(new BigDecimal(min), new BigDecimal(max), weight, null);
    }
}
