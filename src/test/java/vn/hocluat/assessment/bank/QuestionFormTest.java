package vn.hocluat.assessment.bank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The question form of each type: what it stores, and the localised error it shows at the field or row. */
@MicronautTest(transactional = false)
class QuestionFormTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    BankTesting t;
    String trainer;
    long bank;
    Web page;

    @BeforeAll
    void setUp() {
        t = new BankTesting(context);
        long commune = t.commune(t.province("Tỉnh Biểu Mẫu"), "Xã Biểu Mẫu");
        trainer = t.fixtures.account("TRAINER", commune);
        bank = t.bank(t.api(trainer), commune, "Ngân hàng biểu mẫu");
        page = t.pages(trainer);
    }

    @Test
    void single_choice_form_stores_the_question_and_redirects_to_it() {
        HttpResponse<String> r = post("SINGLE", Map.of("title", "Thời hiệu", "text", "Thời hiệu **hòa giải** là bao lâu?",
                "category", " Luật / Hòa giải ", "difficulty", "MEDIUM", "tags", "tuần 1, hòa giải, Tuần 1",
                "c0_text", "6 tháng", "c0_feedback", "Chưa đúng", "c1_text", "Không có thời hiệu", "correct", "1",
                "generalFeedback", "Xem Điều 3"));
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/banks/" + bank + "/questions/\\d+\\?created=1"), location);

        Map<String, Object> q = t.read(t.api(trainer).get("/api/v1" + location.replaceAll("\\?.*", "")).body());
        assertEquals("Luật/Hòa giải", q.get("category"));
        assertEquals("MEDIUM", q.get("difficulty"));
        assertEquals(List.of("tuần 1", "hòa giải"), q.get("tags"));
        assertEquals(Map.of("type", "SINGLE", "title", "Thời hiệu", "text", "Thời hiệu **hòa giải** là bao lâu?",
                "format", "MARKDOWN", "choices", List.of(Map.of("text", "6 tháng", "weight", 0, "feedback", "Chưa đúng"),
                        Map.of("text", "Không có thời hiệu", "weight", 100)),
                "generalFeedback", "Xem Điều 3", "exactMatch", false), q.get("content"));

        String shown = page.get(location).body();
        assertTrue(shown.contains("Thời hiệu <strong>hòa giải</strong> là bao lâu?"), shown);
        assertTrue(shown.contains("Đã thêm câu hỏi."), shown);
    }

    @Test
    void single_choice_without_a_correct_option_is_refused_with_the_message() {
        HttpResponse<String> r = post("SINGLE", Map.of("text", "Câu hỏi?", "c0_text", "A", "c1_text", "B"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Câu hỏi một đáp án phải có đúng một phương án đúng (100%)."), r.body());
        assertTrue(r.body().contains("value=\"Câu hỏi?\"") || r.body().contains(">Câu hỏi?</textarea>"), r.body());
    }

    @Test
    void single_choice_takes_penalties_but_no_partial_credit() {
        HttpResponse<String> partial = post("SINGLE", Map.of("text", "Câu?", "c0_text", "A", "correct", "0",
                "c1_text", "B", "c1_weight", "50"));
        assertEquals(422, partial.statusCode());
        assertTrue(partial.body().contains("Câu một đáp án chỉ có một phương án được điểm;"), partial.body());
        assertEquals(303, post("SINGLE", Map.of("text", "Câu?", "c0_text", "A", "correct", "0",
                "c1_text", "B", "c1_weight", "-25")).statusCode());
    }

    @Test
    void multiple_answer_weights_must_sum_to_100() {
        HttpResponse<String> r = post("MULTIPLE", Map.of("text", "Chọn các ý đúng", "c0_text", "A", "c0_weight", "50",
                "c1_text", "B", "c1_weight", "40", "c2_text", "C", "c2_weight", "-100"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tổng phần trăm điểm của các phương án đúng là 90, phải bằng 100."), r.body());
    }

    @Test
    void a_weight_that_is_not_a_number_is_shown_on_its_row() {
        HttpResponse<String> r = post("MULTIPLE", Map.of("text", "Chọn", "c0_text", "A", "c0_weight", "100",
                "c2_text", "B", "c2_weight", "năm mươi"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"c2-error\">Phần trăm điểm &quot;năm mươi&quot; không hợp lệ"), r.body());
    }

    @Test
    void numerical_form_accepts_value_with_tolerance_and_a_decimal_comma() {
        HttpResponse<String> r = post("NUMERICAL", Map.of("text", "Tổ hòa giải có tối thiểu bao nhiêu thành viên?",
                "n0_value", "3,5", "n0_tolerance", "0,5", "n1_min", "10", "n1_max", "12", "n1_weight", "50"));
        assertEquals(303, r.statusCode(), r.body());
        Map<String, Object> q = t.read(t.api(trainer).get("/api/v1" + r.headers().firstValue("Location").orElseThrow()
                .replaceAll("\\?.*", "")).body());
        assertEquals(List.of(Map.of("min", 3.0, "max", 4.0, "weight", 100), Map.of("min", 10, "max", 12, "weight", 50)),
                ((Map<?, ?>) q.get("content")).get("numeric"));
    }

    @Test
    void numerical_form_refuses_text_and_a_reversed_range() {
        HttpResponse<String> r = post("NUMERICAL", Map.of("text", "Bao nhiêu?", "n0_value", "ba", "n1_min", "5", "n1_max", "1"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("&quot;ba&quot; không phải là số."), r.body());
        assertTrue(r.body().contains("Đầu &quot;từ&quot; phải nhỏ hơn hoặc bằng đầu &quot;đến&quot;."), r.body());
    }

    @Test
    void true_false_needs_an_answer_and_matching_needs_two_pairs() {
        HttpResponse<String> tf = post("TRUE_FALSE", Map.of("text", "Hòa giải viên phải là đảng viên."));
        assertEquals(422, tf.statusCode());
        assertTrue(tf.body().contains("Hãy chọn đáp án Đúng hoặc Sai."), tf.body());
        assertEquals(303, post("TRUE_FALSE", Map.of("text", "Hòa giải viên phải là đảng viên.", "tf", "false")).statusCode());

        HttpResponse<String> m = post("MATCHING", Map.of("text", "Ghép", "p0_left", "Điều 1", "p0_right", "Phạm vi",
                "p1_left", "Điều 2"));
        assertEquals(422, m.statusCode());
        assertTrue(m.body().contains("Cặp này cần cả vế trái và vế phải."), m.body());
    }

    @Test
    void short_answer_keeps_accepted_answers_and_exact_match() {
        HttpResponse<String> r = post("SHORT_ANSWER", Map.of("text", "Cơ quan nào quản lý?", "c0_text", "Bộ Tư pháp",
                "c1_text", "Bo Tu phap", "c1_weight", "50", "exactMatch", "1"));
        assertEquals(303, r.statusCode(), r.body());
        Map<?, ?> content = (Map<?, ?>) t.read(t.api(trainer).get("/api/v1" + r.headers().firstValue("Location")
                .orElseThrow().replaceAll("\\?.*", "")).body()).get("content");
        assertEquals(List.of(Map.of("text", "Bộ Tư pháp", "weight", 100), Map.of("text", "Bo Tu phap", "weight", 50)),
                content.get("choices"));
        assertEquals(true, content.get("exactMatch"));
    }

    @Test
    void more_rows_reshows_the_form_without_saving() {
        Map<String, String> fields = new HashMap<>(Map.of("text", "Chưa lưu", "c0_text", "A", "addRows", "1"));
        HttpResponse<String> r = post("SINGLE", fields);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("name=\"rows\" value=\"9\""), r.body());
        assertTrue(r.body().contains("id=\"c8_text\""), r.body());
        assertFalse(t.api(trainer).get("/api/v1/banks/" + bank + "/questions?q=chua+luu").body().contains("Chưa lưu"));
    }

    @Test
    void edit_form_shows_the_current_content() {
        long q = t.single(t.api(trainer), bank, "Câu để sửa?", "\"tags\":[\"a\",\"b\"]");
        String form = page.get("/banks/" + bank + "/questions/" + q + "/edit").body();
        assertTrue(form.contains(">Câu để sửa?</textarea>"), form);
        assertTrue(form.contains("name=\"tags\" value=\"a, b\""), form);
        assertTrue(form.contains("name=\"correct\" value=\"0\" checked"), form);
    }

    @Test
    void api_lists_every_field_error_in_vietnamese() {
        HttpResponse<String> r = t.api(trainer).postJson("/api/v1/banks/" + bank + "/questions",
                "{\"difficulty\":\"rất khó\",\"content\":{\"type\":\"MULTIPLE\",\"text\":\" \",\"choices\":[{\"text\":\"A\",\"weight\":30},{\"text\":\"\",\"weight\":0}]}}");
        assertEquals(422, r.statusCode());
        assertEquals("{\"errors\":[{\"field\":\"difficulty\",\"message\":\"Độ khó \\\"rất khó\\\" không hợp lệ: chọn Dễ, Trung bình hoặc Khó.\"},"
                + "{\"field\":\"text\",\"message\":\"Hãy nhập nội dung câu hỏi.\"},"
                + "{\"field\":\"choices.1\",\"message\":\"Phương án này chưa có nội dung.\"},"
                + "{\"field\":\"choices\",\"message\":\"Tổng phần trăm điểm của các phương án đúng là 30, phải bằng 100.\"}]}", r.body());
    }

    @Test
    void script_and_javascript_links_in_question_text_never_reach_the_page() {
        long q = t.question(t.api(trainer), bank, "{\"content\":{\"type\":\"TRUE_FALSE\",\"text\":\"Xem [điều 5](javascript:alert(1)) <script>alert('x')</script><img src=x onerror=alert(2)>\","
                + "\"choices\":[{\"text\":\"true\",\"weight\":100},{\"text\":\"false\",\"weight\":0,\"feedback\":\"<b onclick=\\\"x()\\\">Sai</b>\"}]}}");
        String shown = page.get("/banks/" + bank + "/questions/" + q).body();
        assertFalse(shown.contains("<script>alert"), shown);
        assertFalse(shown.contains("javascript:"), shown);
        assertFalse(shown.contains("onerror"), shown);
        assertFalse(shown.contains("onclick"), shown);
        assertTrue(shown.contains("điều 5</a>"), shown);
        assertTrue(shown.contains("<b>Sai</b>"), shown);
    }

    private HttpResponse<String> post(String type, Map<String, String> fields) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("type", type);
        all.putIfAbsent("rows", "6");
        return page.postForm("/banks/" + bank + "/questions", all);
    }
}
