package vn.hocluat.assessment.grading;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraderTest {
    static QuestionContent choices(QuestionType type, Choice... choices) {
        return new QuestionContent(type, null, "?", TextFormat.PLAIN, List.of(choices), List.of(), List.of(), null, false);
    }

    static Choice c(String text, int weight) {
        return new Choice(text, weight, null);
    }

    static String f(QuestionContent q, Answer a) {
        return Grader.fraction(q, a).toPlainString();
    }

    @Test
    void single_choice_earns_the_weight_of_the_chosen_option() {
        QuestionContent q = choices(QuestionType.SINGLE, c("Hà Nội", 100), c("Huế", 50), c("Đà Nẵng", 0), c("Sai hẳn", -50));
        assertEquals("1.0000000", f(q, Answer.choices(List.of(0))));
        assertEquals("0.5000000", f(q, Answer.choices(List.of(1))));
        assertEquals("0.0000000", f(q, Answer.choices(List.of(2))));
        assertEquals("0.0000000", f(q, Answer.choices(List.of(3))), "a negative single weight is clamped to 0");
        assertEquals("0.0000000", f(q, Answer.NONE));
        assertEquals("0.0000000", f(q, Answer.choices(List.of(0, 1))), "two choices on a single-choice question");
        assertEquals("0.0000000", f(q, Answer.choices(List.of(9))), "an option that does not exist");
    }

    @Test
    void multiple_choice_sums_weights_and_clamps_to_zero_and_one() {
        QuestionContent q = choices(QuestionType.MULTIPLE, c("a", 50), c("b", 50), c("c", -100), c("d", -25), c("e", 0));
        assertEquals("1.0000000", f(q, Answer.choices(List.of(0, 1))));
        assertEquals("0.5000000", f(q, Answer.choices(List.of(0))));
        assertEquals("0.2500000", f(q, Answer.choices(List.of(0, 3))));
        assertEquals("0.0000000", f(q, Answer.choices(List.of(0, 2))));
        assertEquals("0.0000000", f(q, Answer.choices(List.of(2, 3))), "penalties never go below 0");
        assertEquals("1.0000000", f(q, Answer.choices(List.of(0, 1, 4))));
        QuestionContent thirds = choices(QuestionType.MULTIPLE, c("a", 33), c("b", 33), c("c", 34));
        assertEquals("0.6600000", f(thirds, Answer.choices(List.of(0, 1))));
        QuestionContent over = choices(QuestionType.MULTIPLE, c("a", 80), c("b", 80));
        assertEquals("1.0000000", f(over, Answer.choices(List.of(0, 1))), "never above 1");
    }

    @Test
    void true_false_earns_the_weight_of_the_statement_chosen() {
        QuestionContent q = choices(QuestionType.TRUE_FALSE, c("true", 0), c("false", 100));
        assertEquals("1.0000000", f(q, Answer.choices(List.of(1))));
        assertEquals("0.0000000", f(q, Answer.choices(List.of(0))));
        assertEquals("0.0000000", f(q, Answer.NONE));
    }

    @Test
    void short_answer_ignores_case_diacritics_and_spaces_unless_exact() {
        QuestionContent q = choices(QuestionType.SHORT_ANSWER, c("Hòa giải viên", 100), c("hoà giải", 50), c("Tổ trưởng", -20));
        assertEquals("1.0000000", f(q, Answer.text("  HOA   GIAI  vien ")));
        assertEquals("1.0000000", f(q, Answer.text("hòa giải viên")));
        assertEquals("0.5000000", f(q, Answer.text("Hòa Giải")));
        assertEquals("0.0000000", f(q, Answer.text("to truong")), "a negative weight counts as 0");
        assertEquals("0.0000000", f(q, Answer.text("hòa giải viên cơ sở")));
        assertEquals("0.0000000", f(q, Answer.text("   ")));
        assertEquals("0.0000000", f(q, Answer.NONE));
        QuestionContent exact = new QuestionContent(QuestionType.SHORT_ANSWER, null, "?", TextFormat.PLAIN,
                List.of(c("Hòa giải viên", 100)), List.of(), List.of(), null, true);
        assertEquals("1.0000000", f(exact, Answer.text(" Hòa  giải viên ")));
        assertEquals("1.0000000", f(exact, Answer.text("Ho\u0300a gia\u0309i vie\u0302n")), "decomposed input is the same text");
        assertEquals("0.0000000", f(exact, Answer.text("hòa giải viên")));
        assertEquals("0.0000000", f(exact, Answer.text("Hoa giai vien")));
    }

    @Test
    void numerical_takes_the_best_range_containing_the_number() {
        QuestionContent q = new QuestionContent(QuestionType.NUMERICAL, null, "?", TextFormat.PLAIN, List.of(),
                List.of(new NumericAnswer(new BigDecimal("2.5"), new BigDecimal("3.5"), 100, null),
                        new NumericAnswer(new BigDecimal("2"), new BigDecimal("4"), 50, null)),
                List.of(), null, false);
        assertEquals("1.0000000", f(q, Answer.text("3")));
        assertEquals("1.0000000", f(q, Answer.text("2,5")));
        assertEquals("1.0000000", f(q, Answer.text(" 3.5 ")));
        assertEquals("0.5000000", f(q, Answer.text("3,75")));
        assertEquals("0.5000000", f(q, Answer.text("2")));
        assertEquals("0.0000000", f(q, Answer.text("4,01")));
        assertEquals("0.0000000", f(q, Answer.text("ba")));
        assertEquals("0.0000000", f(q, Answer.text("1e0")));
        assertEquals("0.0000000", f(q, Answer.NONE));
    }

    @Test
    void numbers_are_read_as_vietnamese_and_english_users_type_them() {
        assertEquals(Optional.of(new BigDecimal("1234.5")), Grader.parseNumber("1.234,5"));
        assertEquals(Optional.of(new BigDecimal("1234.5")), Grader.parseNumber("1 234,5"));
        assertEquals(Optional.of(new BigDecimal("-2.5")), Grader.parseNumber("\u22122,5"));
        assertEquals(Optional.of(new BigDecimal("0.5")), Grader.parseNumber(".5"));
        assertEquals(Optional.empty(), Grader.parseNumber("1,2,3"));
        assertEquals(Optional.empty(), Grader.parseNumber(""));
        assertEquals(Optional.empty(), Grader.parseNumber(null));
    }

    @Test
    void matching_gives_the_share_of_left_items_matched_correctly() {
        QuestionContent q = new QuestionContent(QuestionType.MATCHING, null, "?", TextFormat.PLAIN, List.of(), List.of(),
                List.of(new MatchPair("Luật Hòa giải ở cơ sở", "2013"), new MatchPair("Luật Phổ biến, giáo dục pháp luật", "2012"),
                        new MatchPair("Luật Tiếp cận thông tin", "2016"), new MatchPair("", "2020")), null, false);
        assertEquals("1.0000000", f(q, Answer.matches(List.of("2013", "2012", "2016"))));
        assertEquals("0.6666667", f(q, Answer.matches(List.of("2013", "2012", "2020"))));
        assertEquals("0.3333333", f(q, Answer.matches(Arrays.asList("2013", null, null))));
        assertEquals("0.0000000", f(q, Answer.matches(List.of())));
        assertEquals(List.of("2013", "2012", "2016", "2020"), Grader.rights(q.pairs()));
        assertEquals(3, Grader.lefts(q.pairs()).size());
    }

    @Test
    void points_and_score_are_rounded_once_to_four_decimals() {
        BigDecimal a = Grader.points(new BigDecimal("0.6666667"), new BigDecimal("1.50"));
        BigDecimal b = Grader.points(new BigDecimal("0.3333333"), new BigDecimal("1.00"));
        assertEquals("1.000000050", a.toPlainString());
        assertEquals("1.3333", Grader.score(List.of(a, b)).toPlainString());
        assertEquals("0.0000", Grader.score(List.of()).toPlainString());
    }

    @Test
    void regrade_needs_the_same_shape() {
        QuestionContent v1 = choices(QuestionType.SINGLE, c("a", 100), c("b", 0));
        assertTrue(Grader.compatible(v1, choices(QuestionType.SINGLE, c("a", 0), c("b", 100))));
        assertFalse(Grader.compatible(v1, choices(QuestionType.SINGLE, c("a", 0), c("b", 100), c("c", 0))));
        assertFalse(Grader.compatible(v1, choices(QuestionType.MULTIPLE, c("a", 50), c("b", 50))));
    }
}
