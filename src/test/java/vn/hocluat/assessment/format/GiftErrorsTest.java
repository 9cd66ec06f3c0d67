package vn.hocluat.assessment.format;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.hocluat.assessment.format.FormatTesting.e;

/** Every malformed GIFT construct: the exact line, message key and arguments, and the good questions around it still read. */
class GiftErrorsTest {

    private static List<FormatError> errors(String gift) {
        return GiftParser.parse(gift).errors();
    }

    @Test
    void unclosed_brace_is_reported_at_the_last_line_with_the_opening_line() {
        String gift = "Câu 1 {T}\n\n::Điều 7::Tiêu chuẩn?\n{\n=a\n~b\n\nCâu 3 {F}";
        ParseResult r = GiftParser.parse(gift);
        assertEquals(List.of(e(6, "qformat.gift.unclosedBrace", 4)), r.errors());
        assertEquals(List.of(1, 8), r.questions().stream().map(ParsedQuestion::line).toList());
    }

    @Test
    void stray_braces() {
        assertEquals(List.of(e(1, "qformat.gift.strayBrace", "}")), errors("Câu } hỏi {T}"));
        assertEquals(List.of(e(2, "qformat.gift.strayBrace", "{")), errors("Câu {=a\n{~b}"));
        assertEquals(List.of(e(2, "qformat.gift.strayBrace", "{")), errors("Câu {=a ~b}\nrồi {T}"));
        assertEquals(List.of(e(1, "qformat.gift.strayBrace", "}")), errors("Câu không khối }"));
    }

    @Test
    void a_description_without_answer_block_is_refused() {
        assertEquals(List.of(e(3, "qformat.gift.noAnswerBlock")), errors("Câu {T}\n\n::Mô tả::Đây chỉ là đoạn mô tả."));
    }

    @Test
    void empty_answer_block_essay_is_refused() {
        assertEquals(List.of(e(1, "qformat.gift.emptyAnswerBlock")), errors("Viết bài luận {}"));
    }

    @Test
    void empty_question_text() {
        assertEquals(List.of(e(1, "qformat.gift.emptyText")), errors("::Chỉ có tiêu đề:: {=a ~b}"));
    }

    @Test
    void unclosed_title() {
        assertEquals(List.of(e(2, "qformat.gift.unclosedTitle")), errors("// chú thích\n::Tiêu đề không đóng {T}"));
    }

    @Test
    void unknown_format() {
        assertEquals(List.of(e(1, "qformat.gift.unknownFormat", "latex")), errors("::T::[latex]x^2 {T}"));
    }

    @Test
    void no_correct_answer() {
        assertEquals(List.of(e(1, "qformat.gift.noCorrect")), errors("Câu? {~a ~b ~c}"));
        assertEquals(List.of(e(1, "qformat.gift.noCorrect")), errors("Câu? {~%-50%a ~b}"));
        assertEquals(List.of(e(1, "qformat.gift.noCorrect")), errors("Câu? {=%50%a =%20%b}"));
        assertEquals(List.of(e(1, "qformat.gift.noCorrect")), errors("Năm? {#=%50%2013}"));
    }

    @Test
    void two_answers_marked_right_in_a_single_question() {
        assertEquals(List.of(e(2, "qformat.gift.twoCorrect", 2)), errors("\nCâu? {=a =b ~c}"));
    }

    @Test
    void weights_of_a_multiple_question_not_summing_to_100() {
        assertEquals(List.of(e(1, "qformat.gift.weightsSum", "90")), errors("Câu? {~%50%a ~%40%b ~c}"));
        assertEquals(List.of(e(1, "qformat.gift.weightsSum", "150")), errors("Câu? {=a ~%50%b ~c}"));
        assertEquals(List.of(e(1, "qformat.gift.weightsSum", "99")), errors("Câu? {~%33%a ~%33%b ~%33%c}"));
    }

    @Test
    void malformed_weights() {
        assertEquals(List.of(e(2, "qformat.gift.badWeight", "%năm mươi%")), errors("Câu? {=a\n~%năm mươi%b}"));
        assertEquals(List.of(e(1, "qformat.gift.badWeight", "%150%")), errors("Câu? {~%150%a ~b}"));
        assertEquals(List.of(e(1, "qformat.gift.badWeight", "%50")), errors("Câu? {=a ~%50}"));
    }

    @Test
    void empty_option_and_too_few_options() {
        assertEquals(List.of(e(1, "qformat.gift.emptyOption")), errors("Câu? {=a ~ }"));
        assertEquals(List.of(e(1, "qformat.gift.tooFewOptions", 1)), errors("Câu? {~%100%a}"));
    }

    @Test
    void text_without_a_marker_in_the_answer_block() {
        assertEquals(List.of(e(1, "qformat.gift.unmarkedAnswer", "Đúng")), errors("Luật có hiệu lực năm 2014. {Đúng}"));
        assertEquals(List.of(e(2, "qformat.gift.unmarkedAnswer", "lời")), errors("Câu? {\nlời =a ~b}"));
    }

    @Test
    void true_false_with_too_many_feedbacks() {
        assertEquals(List.of(e(1, "qformat.gift.badTrueFalse")), errors("Câu? {T#a#b#c}"));
    }

    @Test
    void malformed_numbers_tolerances_and_ranges() {
        assertEquals(List.of(e(1, "qformat.gift.badNumber", "1,5")), errors("Số? {#1,5}"));
        assertEquals(List.of(e(1, "qformat.gift.badNumber", "")), errors("Số? {#}"));
        assertEquals(List.of(e(1, "qformat.gift.badTolerance", "một")), errors("Số? {#5:một}"));
        assertEquals(List.of(e(1, "qformat.gift.badTolerance", "-1")), errors("Số? {#5:-1}"));
        assertEquals(List.of(e(3, "qformat.gift.badRange", "5", "1")), errors("Số?\n{#\n=5..1\n=3}"));
        assertEquals(List.of(e(1, "qformat.gift.badNumber", "a"), e(1, "qformat.gift.badNumber", "b")), errors("Số? {#a..b}"));
    }

    @Test
    void matching_errors() {
        assertEquals(List.of(e(2, "qformat.gift.pairWithoutArrow", "Điều 7 Tiêu chuẩn")),
                errors("Ghép {\n=Điều 7 Tiêu chuẩn\n=Điều 12 -> Tổ hòa giải\n=Điều 3 -> Phạm vi\n}"));
        assertEquals(List.of(e(1, "qformat.gift.emptyPair")), errors("Ghép {=a -> b = -> c}"));
        assertEquals(List.of(e(1, "qformat.gift.tooFewPairs", 1)), errors("Ghép {=a -> b}"));
    }

    @Test
    void bad_difficulty_attribute() {
        ParseResult r = GiftParser.parse("// [difficulty:rất khó]\nCâu {T}");
        assertEquals(List.of(e(1, "qformat.gift.badDifficulty", "rất khó")), r.errors());
        assertEquals(List.of(), r.questions());
    }

    @Test
    void empty_file_and_comment_only_file_have_no_questions() {
        assertEquals(List.of(e(1, "qformat.noQuestions")), errors(""));
        assertEquals(List.of(e(1, "qformat.noQuestions")), errors("// chỉ có chú thích\n\n$CATEGORY: X\n"));
    }

    @Test
    void every_bad_question_is_reported_and_the_good_ones_are_read() {
        ParseResult r = GiftParser.parse("""
                Câu 1? {~a ~b}

                Câu 2 {T}

                Câu 3? {#x}

                Câu 4? {=a =b}

                Câu 5? {~%60%a ~%60%b}
                """);
        assertEquals(List.of(e(1, "qformat.gift.noCorrect"), e(5, "qformat.gift.badNumber", "x"),
                e(9, "qformat.gift.weightsSum", "120")), r.errors());
        assertEquals(List.of(3, 7), r.questions().stream().map(ParsedQuestion::line).toList());
    }
}
