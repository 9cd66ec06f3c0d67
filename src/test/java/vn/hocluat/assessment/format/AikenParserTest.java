package vn.hocluat.assessment.format;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hocluat.assessment.format.FormatTesting.c;
import static vn.hocluat.assessment.format.FormatTesting.e;
import static vn.hocluat.assessment.format.FormatTesting.only;

/** Aiken files: the constructs with their exact questions, and every malformed case with its line and key. */
class AikenParserTest {
    private static final String TWO = """
            Luật Hòa giải ở cơ sở có số hiệu nào?
            A. 35/2013/QH13
            B. 14/2012/QH13
            C. 80/2015/QH13
            ANSWER: A

            Theo Điều 12, mỗi tổ hòa giải có ít nhất
            bao nhiêu hòa giải viên?
            A) 2
            B) 3
            C) 5
            answer :  b
            """;

    private static List<FormatError> errors(String aiken) {
        return AikenParser.parse(aiken).errors();
    }

    @Test
    void questions_with_both_option_styles_multi_line_text_and_a_loose_answer_line() {
        ParseResult r = AikenParser.parse(TWO);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(1, 7), r.questions().stream().map(ParsedQuestion::line).toList());
        assertEquals(new QuestionContent(QuestionType.SINGLE, null, "Luật Hòa giải ở cơ sở có số hiệu nào?", TextFormat.PLAIN,
                List.of(c("35/2013/QH13", 100), c("14/2012/QH13", 0), c("80/2015/QH13", 0)), List.of(), List.of(), null, false),
                r.questions().get(0).content());
        assertEquals("Theo Điều 12, mỗi tổ hòa giải có ít nhất\nbao nhiêu hòa giải viên?", r.questions().get(1).content().text());
        assertEquals(List.of(c("2", 0), c("3", 100), c("5", 0)), r.questions().get(1).content().choices());
    }

    @Test
    void questions_need_no_blank_line_between_them_and_options_may_go_past_f() {
        ParseResult r = AikenParser.parse("Câu 1\nA. a\nB. b\nANSWER: B\nCâu 2\nA. 1\nB. 2\nC. 3\nD. 4\nE. 5\nF. 6\nG. 7\nANSWER: G");
        assertEquals(List.of(), r.errors());
        assertEquals(2, r.questions().size());
        assertEquals(c("7", 100), r.questions().get(1).content().choices().get(6));
    }

    @Test
    void bom_and_crlf() {
        byte[] text = ("\uFEFF" + TWO.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        assertEquals(AikenParser.parse(TWO), AikenParser.parse(text));
    }

    @Test
    void five_mb_limit() {
        byte[] big = new byte[5 * 1024 * 1024 + 100];
        Arrays.fill(big, (byte) 'A');
        assertEquals(List.of(e(1, "qformat.fileTooLarge", "5.1", 5)), AikenParser.parse(big).errors());
    }

    @Test
    void question_without_options() {
        assertEquals(List.of(e(1, "qformat.aiken.noOptions")), errors("Chỉ có câu hỏi\n\nCâu 2\nA. x\nB. y\nANSWER: A"));
    }

    @Test
    void question_with_one_option() {
        assertEquals(List.of(e(1, "qformat.aiken.tooFewOptions")), errors("Câu\nA. x\nANSWER: A"));
    }

    @Test
    void option_letters_out_of_order() {
        assertEquals(List.of(e(3, "qformat.aiken.optionOrder", "C", "B")), errors("Câu\nA. x\nC. y\nANSWER: A"));
        assertEquals(List.of(e(2, "qformat.aiken.optionOrder", "B", "A")), errors("Câu\nB. x\nC. y\nANSWER: B"));
    }

    @Test
    void missing_answer_is_reported_at_the_question_with_the_last_option_line() {
        assertEquals(List.of(e(1, "qformat.aiken.missingAnswer", 3)), errors("Câu 1\nA. x\nB. y\n\nCâu 2\nA. x\nB. y\nANSWER: A"));
        assertEquals(List.of(e(1, "qformat.aiken.missingAnswer", 3)), errors("Câu 1\nA. x\nB. y\nCâu 2\nA. x\nB. y\nANSWER: A"));
        assertEquals(List.of(e(1, "qformat.aiken.missingAnswer", 3)), errors("Câu 1\nA. x\nB. y"));
    }

    @Test
    void answer_naming_a_letter_that_is_not_an_option() {
        assertEquals(List.of(e(4, "qformat.aiken.answerNotOption", "D", "B")), errors("Câu\nA. x\nB. y\nANSWER: D"));
        assertEquals(List.of(e(4, "qformat.aiken.answerNotOption", "A, B", "B")), errors("Câu\nA. x\nB. y\nANSWER: A, B"));
        assertEquals(List.of(e(4, "qformat.aiken.answerNotOption", "", "B")), errors("Câu\nA. x\nB. y\nANSWER:"));
    }

    @Test
    void option_line_after_answer() {
        assertEquals(List.of(e(5, "qformat.aiken.optionAfterAnswer", "C")),
                errors("Câu\nA. x\nB. y\nANSWER: A\nC. z\nD. w\n\nCâu 2\nA. x\nB. y\nANSWER: B"));
    }

    @Test
    void empty_option_text_and_option_without_question() {
        assertEquals(List.of(e(3, "qformat.aiken.emptyOption", "B")), errors("Câu\nA. x\nB.\nANSWER: A"));
        assertEquals(List.of(e(1, "qformat.aiken.emptyText")), errors("A. x\nB. y\nANSWER: A"));
    }

    @Test
    void answer_line_without_question() {
        assertEquals(List.of(e(1, "qformat.aiken.answerWithoutQuestion")), errors("ANSWER: A\n\nCâu\nA. x\nB. y\nANSWER: A"));
    }

    @Test
    void every_bad_question_is_reported() {
        ParseResult r = AikenParser.parse("Câu 1\nA. x\nB. y\nANSWER: Z\n\nCâu 2\nA. x\nB. y\nANSWER: B\n\nCâu 3\n\nCâu 4\nA. x\nC. y\nANSWER: A");
        assertEquals(List.of(e(4, "qformat.aiken.answerNotOption", "Z", "B"), e(11, "qformat.aiken.noOptions"),
                e(15, "qformat.aiken.optionOrder", "C", "B")), r.errors());
        assertEquals("Câu 2", only(new ParseResult(r.questions(), List.of())).content().text());
    }

    @Test
    void empty_file() {
        assertEquals(List.of(e(1, "qformat.noQuestions")), errors("\n\n"));
    }
}
