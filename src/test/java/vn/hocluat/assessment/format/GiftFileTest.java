package vn.hocluat.assessment.format;

import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.question.FormatError;
import vn.hocluat.assessment.question.NumericAnswer;
import vn.hocluat.assessment.question.ParseResult;
import vn.hocluat.assessment.question.ParsedQuestion;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.assessment.question.TextFormat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.hocluat.assessment.format.FormatTesting.c;

/** Whole GIFT files: encodings, line endings, the size limit, a real Vietnamese bank, and garbage. */
class GiftFileTest {
    private static final String TWO_QUESTIONS = "// Luật Hòa giải ở cơ sở\n::Điều 12::Tổ hòa giải có hòa giải viên nữ. {T}\n\n"
            + "::Điều 7::Hòa giải viên cần: {=hiểu biết pháp luật ~bằng cử nhân luật}\n";

    @Test
    void bom_and_crlf_files_read_like_plain_lf_files() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] crlf = TWO_QUESTIONS.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + crlf.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(crlf, 0, file, 3, crlf.length);
        ParseResult expected = GiftParser.parse(TWO_QUESTIONS);
        ParseResult actual = GiftParser.parse(file);
        assertEquals(List.of(), actual.errors());
        assertEquals(expected.questions(), actual.questions());
        assertEquals(List.of(2, 4), actual.questions().stream().map(ParsedQuestion::line).toList());
        assertEquals("Tổ hòa giải có hòa giải viên nữ.", actual.questions().get(0).content().text());
        assertEquals(expected.questions(), GiftParser.parse(TWO_QUESTIONS.replace("\n", "\r")).questions());
    }

    @Test
    void a_file_over_5_mb_is_refused_before_parsing_with_one_error() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) '{');
        assertEquals(new ParseResult(List.of(), List.of(new FormatError(1, "qformat.fileTooLarge", "5.1", 5))),
                GiftParser.parse(big));
        byte[] limit = new byte[5 * 1024 * 1024];
        Arrays.fill(limit, (byte) ' ');
        assertEquals(List.of(new FormatError(1, "qformat.noQuestions")), GiftParser.parse(limit).errors());
    }

    @Test
    void pasted_text_over_5_mb_of_utf8_is_refused_too() {
        String text = "ệ".repeat(2 * 1024 * 1024);
        assertEquals(List.of(new FormatError(1, "qformat.fileTooLarge", "6.0", 5)), GiftParser.parse(text).errors());
    }

    @Test
    void a_windows_1258_file_is_refused_at_the_first_line_that_is_not_utf8() {
        byte[] file = "// ok\nC\u00e2u 1 {T}\n\nC\u00e2u 2 {F}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(new FormatError(2, "qformat.notUtf8", 2)), GiftParser.parse(file).errors());
    }

    @Test
    void the_sample_bank_about_the_law_on_grassroots_mediation_reads_without_errors() throws IOException {
        ParseResult r = GiftParser.parse(resource("/assessment/luat-hoa-giai-o-co-so-2013.gift"));
        assertEquals(List.of(), r.errors());
        assertEquals(18, r.questions().size());
        Map<QuestionType, Long> types = r.questions().stream()
                .collect(Collectors.groupingBy(q -> q.content().type(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(QuestionType.SINGLE, 5L, QuestionType.MULTIPLE, 2L, QuestionType.TRUE_FALSE, 4L,
                QuestionType.SHORT_ANSWER, 2L, QuestionType.NUMERICAL, 4L, QuestionType.MATCHING, 1L), types);
        Map<String, ParsedQuestion> byTitle = r.questions().stream()
                .collect(Collectors.toMap(q -> q.content().title(), Function.identity()));
        ParsedQuestion definition = byTitle.get("Điều 2 – Khái niệm");
        assertEquals("Theo **Điều 2**, hòa giải ở cơ sở là việc _____ hướng dẫn, giúp đỡ các bên đạt được thỏa thuận, "
                + "tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, vi phạm pháp luật.", definition.content().text());
        assertEquals("Luật Hòa giải ở cơ sở 2013/Quy định chung", definition.category());
        assertEquals(List.of(c("Có phẩm chất đạo đức tốt; có uy tín trong cộng đồng dân cư", 34),
                c("Có khả năng thuyết phục, vận động nhân dân", 33), c("Có hiểu biết pháp luật", 33),
                c("Có bằng cử nhân luật", -100, "Luật không đòi hỏi bằng cấp chuyên môn.")),
                byTitle.get("Điều 7 – Tiêu chuẩn hòa giải viên").content().choices());
        assertEquals(List.of(new NumericAnswer(new BigDecimal("6.0"), new BigDecimal("7.0"), 100,
                "Từ 20/6/2013 đến 01/01/2014 là khoảng 6 tháng 12 ngày.")), byTitle.get("Từ thông qua đến hiệu lực").content().numeric());
        assertEquals(TextFormat.HTML, byTitle.get("Điều 12 – Quyết định số lượng").content().format());
        assertEquals("Luật Phổ biến, giáo dục pháp luật 2012", byTitle.get("Điều 8 – Ngày Pháp luật").category());
        assertEquals(List.of("HGCS", "Điều 12"), byTitle.get("Điều 12 – Hòa giải viên nữ").tags());
    }

    @Test
    void random_sequences_of_gift_fragments_never_throw() {
        Random random = new Random(42);
        List<String> fragments = List.of("::", "{", "}", "=", "~", "%50%", "%-100%", "%x%", "#", "####", "->", "..", ":",
                "T", "FALSE", "\\", "\\{", "\\n", "\n", "\n\n", "\r\n", "$CATEGORY:", "// [tag:", "[difficulty:", "]",
                "[html]", "[x]", "1.5", "-3", " ", "\t", "Điều", "_____", "ANSWER: A", "A.", "B)");
        for (int i = 0; i < 5000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                s.append(fragments.get(random.nextInt(fragments.size())));
            }
            ParseResult gift = GiftParser.parse(s.toString());
            assertNotNull(gift);
            gift.questions().forEach(q -> assertNotNull(GiftWriter.write(q.content())));
            assertNotNull(AikenParser.parse(s.toString()));
        }
    }

    @Test
    void random_garbage_never_throws() {
        Random random = new Random(20260101);
        String alphabet = "{}~=#:%->.\\/\n\r\t []$CATEGORY:TF0123456789aăâđêôơưệ //:: ####";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertNotNull(GiftParser.parse(s.toString()));
            assertNotNull(AikenParser.parse(s.toString()));
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            assertNotNull(GiftParser.parse(bytes));
            assertNotNull(AikenParser.parse(bytes));
        }
        assertNotNull(GiftParser.parse((byte[]) null));
        assertNotNull(GiftParser.parse("Số {#1e99999999}"));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = GiftFileTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }
}
