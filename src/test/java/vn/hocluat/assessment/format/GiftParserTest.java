package vn.hocluat.assessment.format;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.MatchPair;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.TextFormat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.hocluat.assessment.format.FormatTesting.c;
import static vn.hocluat.assessment.format.FormatTesting.choices;
import static vn.hocluat.assessment.format.FormatTesting.matching;
import static vn.hocluat.assessment.format.FormatTesting.n;
import static vn.hocluat.assessment.format.FormatTesting.numeric;
import static vn.hocluat.assessment.format.FormatTesting.only;
import static vn.hocluat.assessment.question.QuestionType.MULTIPLE;
import static vn.hocluat.assessment.question.QuestionType.SHORT_ANSWER;
import static vn.hocluat.assessment.question.QuestionType.SINGLE;
import static vn.hocluat.assessment.question.QuestionType.TRUE_FALSE;

/** One test per GIFT construct, each with the exact question it must give. */
class GiftParserTest {

    @Test
    void title_and_single_choice() {
        ParsedQuestion q = only(GiftParser.parse("::Số hiệu::Luật Hòa giải ở cơ sở có số hiệu nào? {=35/2013/QH13 ~14/2012/QH13 ~80/2015/QH13}"));
        assertEquals(choices(SINGLE, "Số hiệu", "Luật Hòa giải ở cơ sở có số hiệu nào?",
                List.of(c("35/2013/QH13", 100), c("14/2012/QH13", 0), c("80/2015/QH13", 0)), null), q.content());
        assertEquals(1, q.line());
        assertNull(q.category());
        assertNull(q.difficulty());
        assertEquals(List.of(), q.tags());
    }

    @Test
    void question_without_title_has_null_title() {
        assertNull(only(GiftParser.parse("Câu hỏi? {=đúng ~sai}")).content().title());
    }

    @Test
    void partial_weights_without_equals_make_a_multiple_question() {
        QuestionContent q = only(GiftParser.parse("Chọn hai? {~%50%A ~%50%B ~%-25%C ~D}")).content();
        assertEquals(choices(MULTIPLE, null, "Chọn hai?", List.of(c("A", 50), c("B", 50), c("C", -25), c("D", 0)), null), q);
    }

    @Test
    void one_equals_with_penalties_stays_single() {
        QuestionContent q = only(GiftParser.parse("Chọn? {=A ~%-50%B ~C}")).content();
        assertEquals(choices(SINGLE, null, "Chọn?", List.of(c("A", 100), c("B", -50), c("C", 0)), null), q);
    }

    @Test
    void a_single_full_weight_without_equals_is_a_multiple_question() {
        QuestionContent q = only(GiftParser.parse("Chọn? {~%100%A ~%-100%B}")).content();
        assertEquals(choices(MULTIPLE, null, "Chọn?", List.of(c("A", 100), c("B", -100)), null), q);
    }

    @Test
    void thirds_written_as_moodle_fractions_round_to_a_sum_of_exactly_100() {
        QuestionContent q = only(GiftParser.parse("Ba ý? {~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}")).content();
        assertEquals(List.of(c("A", 34), c("B", 33), c("C", 33), c("D", -100)), q.choices());
        assertEquals(MULTIPLE, q.type());
    }

    @Test
    void feedback_per_answer_and_general_feedback() {
        QuestionContent q = only(GiftParser.parse(
                "Câu? {=đúng#Chính xác: Điều 7. ~sai#Chưa đúng. ####Xem Điều 7 Luật Hòa giải ở cơ sở.}")).content();
        assertEquals(choices(SINGLE, null, "Câu?", List.of(c("đúng", 100, "Chính xác: Điều 7."), c("sai", 0, "Chưa đúng.")),
                "Xem Điều 7 Luật Hòa giải ở cơ sở."), q);
    }

    @Test
    void true_false_short_and_long_forms() {
        for (String block : List.of("{T}", "{TRUE}", "{true}")) {
            assertEquals(choices(TRUE_FALSE, null, "Nhận định.", List.of(c("true", 100), c("false", 0)), null),
                    only(GiftParser.parse("Nhận định. " + block)).content(), block);
        }
        for (String block : List.of("{F}", "{FALSE}")) {
            assertEquals(choices(TRUE_FALSE, null, "Nhận định.", List.of(c("true", 0), c("false", 100)), null),
                    only(GiftParser.parse("Nhận định. " + block)).content(), block);
        }
    }

    @Test
    void true_false_feedback_follows_moodle_order_wrong_then_right() {
        QuestionContent t = only(GiftParser.parse("Đúng? {T#Sai rồi.#Chính xác.####Điều 12.}")).content();
        assertEquals(choices(TRUE_FALSE, null, "Đúng?", List.of(c("true", 100, "Chính xác."), c("false", 0, "Sai rồi.")),
                "Điều 12."), t);
        QuestionContent f = only(GiftParser.parse("Đúng? {F#Sai rồi.}")).content();
        assertEquals(List.of(c("true", 0, "Sai rồi."), c("false", 100)), f.choices());
    }

    @Test
    void equals_answers_only_make_a_short_answer() {
        QuestionContent q = only(GiftParser.parse("Ngày Pháp luật? {=9/11 =09/11#Đúng. =%50%tháng 11}")).content();
        assertEquals(choices(SHORT_ANSWER, null, "Ngày Pháp luật?",
                List.of(c("9/11", 100), c("09/11", 100, "Đúng."), c("tháng 11", 50)), null), q);
    }

    @Test
    void numerical_with_tolerance() {
        assertEquals(numeric(null, "Năm?", List.of(n("2012", "2014", 100)), null),
                only(GiftParser.parse("Năm? {#2013:1}")).content());
        assertEquals(List.of(n("2013", "2013", 100)), only(GiftParser.parse("Năm? {#2013}")).content().numeric());
        assertEquals(List.of(n("1.4", "1.6", 100)), only(GiftParser.parse("Số? {#1.5:0.1}")).content().numeric());
    }

    @Test
    void numerical_range() {
        assertEquals(List.of(n("1", "5", 100)), only(GiftParser.parse("Số? {#1..5}")).content().numeric());
        assertEquals(List.of(n("-2.5", "-1", 100)), only(GiftParser.parse("Số? {#-2.5..-1}")).content().numeric());
    }

    @Test
    void numerical_with_several_weighted_answers_and_feedback() {
        QuestionContent q = only(GiftParser.parse("Năm? {#=2013:0#Đúng. =%50%2013:1#Gần đúng. ####Luật 35/2013/QH13.}")).content();
        assertEquals(numeric(null, "Năm?", List.of(
                new NumericAnswer(new BigDecimal("2013"), new BigDecimal("2013"), 100, "Đúng."),
                new NumericAnswer(new BigDecimal("2012"), new BigDecimal("2014"), 50, "Gần đúng.")), "Luật 35/2013/QH13."), q);
    }

    @Test
    void matching_pairs() {
        QuestionContent q = only(GiftParser.parse(
                "Ghép điều với nội dung. {=Điều 3 -> Phạm vi hòa giải ở cơ sở =Điều 7 -> Tiêu chuẩn hòa giải viên ####Luật 2013.}")).content();
        assertEquals(matching(null, "Ghép điều với nội dung.", List.of(new MatchPair("Điều 3", "Phạm vi hòa giải ở cơ sở"),
                new MatchPair("Điều 7", "Tiêu chuẩn hòa giải viên")), "Luật 2013."), q);
    }

    @Test
    void category_applies_to_the_questions_after_it_until_the_next() {
        ParseResult r = GiftParser.parse("""
                $CATEGORY: $course$/top/Hòa giải/Điều 7

                Câu 1 {T}

                Câu 2 {F}

                $CATEGORY: Phổ biến pháp luật
                Câu 3 {T}
                """);
        assertEquals(List.of(), r.errors());
        assertEquals(List.of("Hòa giải/Điều 7", "Hòa giải/Điều 7", "Phổ biến pháp luật"),
                r.questions().stream().map(ParsedQuestion::category).toList());
        assertEquals(List.of(3, 5, 8), r.questions().stream().map(ParsedQuestion::line).toList());
    }

    @Test
    void comment_lines_are_ignored_and_their_tags_and_difficulty_kept() {
        ParseResult r = GiftParser.parse("""
                // Câu hỏi về Điều 12 [tag:Điều 12] [tag:tổ hòa giải] [difficulty:hard]
                Mỗi tổ hòa giải có ít nhất bao nhiêu hòa giải viên?
                // ghi chú giữa câu
                {#3}
                """);
        ParsedQuestion q = only(r);
        assertEquals(List.of("Điều 12", "tổ hòa giải"), q.tags());
        assertEquals(Difficulty.HARD, q.difficulty());
        assertEquals("Mỗi tổ hòa giải có ít nhất bao nhiêu hòa giải viên?", q.content().text());
        assertEquals(2, q.line());
    }

    @Test
    void exact_match_attribute_marks_a_case_sensitive_short_answer() {
        assertEquals(true, only(GiftParser.parse("// [exact-match]\nViết tắt? {=PBGDPL}")).content().exactMatch());
        assertEquals(false, only(GiftParser.parse("Viết tắt? {=PBGDPL}")).content().exactMatch());
    }

    @Test
    void backslash_escapes_give_the_literal_characters() {
        QuestionContent q = only(GiftParser.parse(
                "::a\\:b::Dấu \\~ \\= \\# \\{ \\} \\: \\\\ và\\ndòng mới {=x\\=1\\#2 ~y \\~z}")).content();
        assertEquals("a:b", q.title());
        assertEquals("Dấu ~ = # { } : \\ và\ndòng mới", q.text());
        assertEquals(List.of(c("x=1#2", 100), c("y ~z", 0)), q.choices());
    }

    @Test
    void unknown_escapes_keep_their_backslash() {
        assertEquals("C:\\temp \\d", only(GiftParser.parse("C\\:\\temp \\d {T}")).content().text());
    }

    @Test
    void format_prefixes() {
        assertEquals(TextFormat.MARKDOWN, only(GiftParser.parse("Không có tiền tố {T}")).content().format());
        assertEquals(TextFormat.MARKDOWN, only(GiftParser.parse("[markdown]**Đậm** {T}")).content().format());
        assertEquals(TextFormat.PLAIN, only(GiftParser.parse("[plain]Thường {T}")).content().format());
        assertEquals(TextFormat.PLAIN, only(GiftParser.parse("[moodle]Moodle {T}")).content().format());
        QuestionContent html = only(GiftParser.parse("::Tiêu đề::[html]<p>Điều <b>8</b></p> {T}")).content();
        assertEquals(TextFormat.HTML, html.format());
        assertEquals("<p>Điều <b>8</b></p>", html.text());
    }

    @Test
    void bracketed_text_that_is_not_a_format_name_stays_in_the_text() {
        assertEquals("[Điều 8] Ngày Pháp luật là ngày 9/11.",
                only(GiftParser.parse("[Điều 8] Ngày Pháp luật là ngày 9/11. {T}")).content().text());
    }

    @Test
    void multi_line_question_with_answers_on_their_own_lines_and_tabs() {
        ParsedQuestion q = only(GiftParser.parse("::Điều 7::Hòa giải viên phải\n\tcó tiêu chuẩn nào?\n{\n\t=Có hiểu biết pháp luật\n\t~Có bằng cử nhân luật\n}\n"));
        assertEquals("Hòa giải viên phải\n\tcó tiêu chuẩn nào?", q.content().text());
        assertEquals(List.of(c("Có hiểu biết pháp luật", 100), c("Có bằng cử nhân luật", 0)), q.content().choices());
    }

    @Test
    void text_after_the_answer_block_makes_a_missing_word_question() {
        QuestionContent q = only(GiftParser.parse("Hòa giải viên là công dân Việt Nam {=thường trú ~tạm trú} tại cơ sở.")).content();
        assertEquals("Hòa giải viên là công dân Việt Nam _____ tại cơ sở.", q.text());
        assertEquals(List.of(c("thường trú", 100), c("tạm trú", 0)), q.choices());
    }

    @Test
    void questions_are_separated_by_blank_lines_and_numbered_by_their_first_line() {
        ParseResult r = GiftParser.parse("\n\nCâu 1 {T}\n   \n\t\nCâu\n2 {F}\n\n\n");
        assertEquals(List.of(), r.errors());
        assertEquals(List.of(3, 6), r.questions().stream().map(ParsedQuestion::line).toList());
        assertEquals("Câu\n2", r.questions().get(1).content().text());
    }

    @Test
    void vietnamese_text_survives_exactly_in_both_unicode_forms() {
        String composed = "Hòa giải ở cơ sở: Ủy ban nhân dân cấp xã, Mặt trận Tổ quốc, đồng bào dân tộc thiểu số";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertEquals(composed, only(GiftParser.parse(composed + " {T}")).content().text());
        assertEquals(decomposed, only(GiftParser.parse(decomposed + " {T}")).content().text());
    }
}
