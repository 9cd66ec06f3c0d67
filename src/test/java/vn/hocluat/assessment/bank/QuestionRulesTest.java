package vn.hocluat.assessment.bank;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules every question passes, with the exact cleaned question or the exact errors. */
class QuestionRulesTest {

    private static QuestionContent content(QuestionType type, List<Choice> choices, List<NumericAnswer> numeric,
                                           List<MatchPair> pairs) {
        return new QuestionContent(type, "  ", " Nội dung ", null, choices, numeric, pairs, "", true);
    }

    private static List<String> keys(QuestionRules.Result r) {
        return r.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
    }

    @Test
    void a_valid_question_comes_back_trimmed_with_only_its_own_list() {
        QuestionRules.Result r = QuestionRules.check(new QuestionInput(" Luật / Hòa giải /", "easy",
                List.of("Tuần 1", " tuần  1 ", "", "hòa giải"),
                new QuestionContent(QuestionType.SINGLE, "  ", " Nội dung ", null,
                        List.of(new Choice(" Đúng ", 100, " "), new Choice("Sai", -50, "Trừ điểm")),
                        List.of(new NumericAnswer(BigDecimal.ONE, BigDecimal.TEN, 100, null)), null, "", true)));
        assertEquals(List.of(), r.errors());
        assertEquals(new QuestionData("Luật/Hòa giải", Difficulty.EASY, List.of("Tuần 1", "hòa giải"),
                new QuestionContent(QuestionType.SINGLE, null, "Nội dung", TextFormat.MARKDOWN,
                        List.of(new Choice("Đúng", 100, null), new Choice("Sai", -50, "Trừ điểm")),
                        List.of(), List.of(), null, false)), r.data());
    }

    @Test
    void choice_questions_need_two_distinct_options_with_the_right_weights() {
        assertEquals(List.of("choices.1 question.error.optionDuplicate", "choices question.error.singleCorrect"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.SINGLE,
                        List.of(new Choice("A", 0, null), new Choice("a", 0, null)), null, null)))));
        assertEquals(List.of("choices question.error.optionsMin"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.MULTIPLE,
                        List.of(new Choice("A", 100, null)), null, null)))));
        assertEquals(List.of("choices.1 question.error.weightRange", "choices question.error.multipleSum"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.MULTIPLE,
                        List.of(new Choice("A", 34, null), new Choice("B", 133, null)), null, null)))));
        assertEquals(List.of(), keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.MULTIPLE,
                List.of(new Choice("A", 34, null), new Choice("B", 33, null), new Choice("C", 33, null),
                        new Choice("D", -100, null)), null, null)))));
    }

    @Test
    void true_false_numerical_and_matching_rules() {
        assertEquals(List.of("choices question.error.trueFalse"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.TRUE_FALSE,
                        List.of(new Choice("true", 100, null), new Choice("false", 100, null)), null, null)))));
        assertEquals(List.of("numeric.0 question.error.numericRange", "numeric.1 question.error.numericMissing"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.NUMERICAL, null,
                        Arrays.asList(new NumericAnswer(BigDecimal.TEN, BigDecimal.ONE, 100, null),
                                new NumericAnswer(null, BigDecimal.ONE, 100, null)), null)))));
        assertEquals(List.of("numeric question.error.answerFull"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.NUMERICAL, null,
                        List.of(new NumericAnswer(BigDecimal.ONE, BigDecimal.TEN, 50, null)), null)))));
        assertEquals(List.of("pairs.1 question.error.pairDuplicate", "pairs.2 question.error.pairIncomplete"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), content(QuestionType.MATCHING, null, null,
                        List.of(new MatchPair("Điều 7", "A"), new MatchPair("điều 7", "B"), new MatchPair("Điều 8", " ")))))));
    }

    @Test
    void missing_type_and_text_are_named() {
        assertEquals(List.of("type question.error.typeRequired"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(), null))));
        assertEquals(List.of("text question.error.textRequired", "choices question.error.answerRequired"),
                keys(QuestionRules.check(new QuestionInput(null, null, List.of(),
                        new QuestionContent(QuestionType.SHORT_ANSWER, null, " ", TextFormat.PLAIN, List.of(), null, null, null, false)))));
    }
}
