package vn.hocluat.assessment.format;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Choice;
import vn.hocluat.assessment.question.Difficulty;
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
import static vn.hocluat.assessment.format.FormatTesting.c;
import static vn.hocluat.assessment.format.FormatTesting.n;

/** GiftWriter's output reads back to the very same questions: per type, with every special character, and for random banks. */
class GiftRoundTripTest {
    private static final String NASTY = "Điều 7: {a} ~b =c #d \\e -> f %50% [html] _____ ####\ndòng\ttab // $CATEGORY: x";

    private static void roundTrips(QuestionContent content) {
        String gift = GiftWriter.write(content);
        ParseResult back = GiftParser.parse(gift);
        assertEquals(List.of(), back.errors(), gift);
        assertEquals(List.of(content), back.questions().stream().map(ParsedQuestion::content).toList(), gift);
    }

    private static QuestionContent q(QuestionType type, List<Choice> choices, List<NumericAnswer> numeric, List<MatchPair> pairs) {
        return new QuestionContent(type, NASTY, NASTY, TextFormat.HTML, choices, numeric, pairs, NASTY, false);
    }

    @Test
    void single_choice() {
        roundTrips(q(QuestionType.SINGLE, List.of(c(NASTY, 100, NASTY), c("%sai", -50), c("->", 0, "#")), List.of(), List.of()));
    }

    @Test
    void multiple_answers() {
        roundTrips(q(QuestionType.MULTIPLE, List.of(c("%a", 100), c(NASTY, -100, NASTY)), List.of(), List.of()));
        roundTrips(q(QuestionType.MULTIPLE, List.of(c("a", 34), c("b", 33), c("c", 33), c("d", 0)), List.of(), List.of()));
    }

    @Test
    void true_false_with_each_feedback_combination() {
        for (String right : new String[]{null, NASTY}) {
            for (String wrong : new String[]{null, "#sai#"}) {
                roundTrips(q(QuestionType.TRUE_FALSE, List.of(c("true", 100, right), c("false", 0, wrong)), List.of(), List.of()));
                roundTrips(q(QuestionType.TRUE_FALSE, List.of(c("true", 0, wrong), c("false", 100, right)), List.of(), List.of()));
            }
        }
    }

    @Test
    void short_answer_including_exact_match() {
        roundTrips(q(QuestionType.SHORT_ANSWER, List.of(c("T", 100), c("%9/11", 50, NASTY), c(NASTY, 0)), List.of(), List.of()));
        roundTrips(new QuestionContent(QuestionType.SHORT_ANSWER, null, "Viết tắt?", TextFormat.MARKDOWN,
                List.of(c("PBGDPL", 100)), List.of(), List.of(), null, true));
    }

    @Test
    void numerical_values_tolerances_and_ranges_keep_their_scale() {
        roundTrips(q(QuestionType.NUMERICAL, List.of(), List.of(n("2013", "2013", 100)), List.of()));
        roundTrips(q(QuestionType.NUMERICAL, List.of(), List.of(n("4.5", "5.5", 100)), List.of()));
        roundTrips(q(QuestionType.NUMERICAL, List.of(), List.of(n("4", "5", 100)), List.of()));
        roundTrips(q(QuestionType.NUMERICAL, List.of(), List.of(n("1.50", "2.500", 100),
                new NumericAnswer(new BigDecimal("-3"), new BigDecimal("-1.0"), 50, NASTY)), List.of()));
        assertEquals("5:0.5", GiftWriter.spec(new BigDecimal("4.5"), new BigDecimal("5.5")));
        assertEquals("4..5", GiftWriter.spec(new BigDecimal("4"), new BigDecimal("5")));
    }

    @Test
    void matching() {
        roundTrips(q(QuestionType.MATCHING, List.of(), List.of(), List.of(new MatchPair(NASTY, NASTY),
                new MatchPair("a-", ">b"), new MatchPair("x -> y", "z"))));
    }

    @Test
    void missing_word_text_keeps_its_blank_in_place() {
        QuestionContent content = new QuestionContent(QuestionType.SINGLE, null, "Hòa giải viên thường trú _____ tại cơ sở.",
                TextFormat.MARKDOWN, List.of(c("a", 100), c("b", 0)), List.of(), List.of(), null, false);
        assertEquals("[markdown]Hòa giải viên thường trú {\n=a\n~b\n} tại cơ sở.\n\n", GiftWriter.write(content));
        roundTrips(content);
        roundTrips(new QuestionContent(QuestionType.SINGLE, null, "Điền: _____", TextFormat.PLAIN,
                List.of(c("a", 100), c("b", 0)), List.of(), List.of(), null, false));
    }

    @Test
    void categories_tags_and_difficulty_round_trip_with_the_bank() {
        List<ParsedQuestion> bank = List.of(
                new ParsedQuestion(0, "Hòa giải/Điều 7", Difficulty.EASY, List.of("Điều 7", "a]b\\c"), q(QuestionType.TRUE_FALSE,
                        List.of(c("true", 100), c("false", 0)), List.of(), List.of())),
                new ParsedQuestion(0, "top/$course$/x", null, List.of(), q(QuestionType.TRUE_FALSE,
                        List.of(c("true", 0), c("false", 100)), List.of(), List.of())),
                new ParsedQuestion(0, null, Difficulty.HARD, List.of("[exact-match]"), q(QuestionType.TRUE_FALSE,
                        List.of(c("true", 0), c("false", 100)), List.of(), List.of())));
        assertBankRoundTrips(bank);
    }

    @Test
    void random_banks_round_trip() {
        for (long seed = 1; seed <= 300; seed++) {
            assertBankRoundTrips(new RandomQuestions(seed).bank(1 + (int) (seed % 5)));
        }
    }

    private static void assertBankRoundTrips(List<ParsedQuestion> bank) {
        String gift = GiftWriter.write(bank);
        ParseResult back = GiftParser.parse(gift);
        assertEquals(List.of(), back.errors(), gift);
        assertEquals(bank, back.questions().stream()
                .map(q -> new ParsedQuestion(0, q.category(), q.difficulty(), q.tags(), q.content())).toList(), gift);
    }
}
