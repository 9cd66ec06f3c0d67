package vn.hocluat.assessment.bank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.assessment.QuestionStore;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editing never changes a version an attempt used; a used question is deactivated, not deleted. */
@MicronautTest(transactional = false)
class QuestionVersioningTest implements TestDatabase {
    private static final String EDITED = """
            {"category":"Luật/Hòa giải","difficulty":"HARD","tags":["sửa"],"content":{"type":"SINGLE","text":"Câu hỏi đã sửa?",
             "choices":[{"text":"A","weight":0},{"text":"B","weight":100}]}}""";

    @Inject
    ApplicationContext context;
    @Inject
    QuestionStore store;

    BankTesting t;
    long commune;
    String trainer;
    long bank;

    @BeforeAll
    void setUp() {
        t = new BankTesting(context);
        commune = t.commune(t.province("Tỉnh Phiên Bản"), "Xã Phiên Bản");
        trainer = t.fixtures.account("TRAINER", commune);
        bank = t.bank(t.api(trainer), commune, "Ngân hàng phiên bản");
    }

    @Test
    void editing_a_question_an_attempt_used_creates_version_2_and_keeps_version_1() {
        Web api = t.api(trainer);
        long q = t.single(api, bank, "Câu hỏi gốc?", "");
        attemptUsing(q, 1);

        HttpResponse<String> r = api.putJson("/api/v1/banks/" + bank + "/questions/" + q, EDITED);
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> edited = t.read(r.body());
        assertEquals(2, edited.get("currentVersion"));
        assertEquals("Câu hỏi đã sửa?", ((Map<?, ?>) edited.get("content")).get("text"));
        assertEquals(2, ((List<?>) edited.get("versions")).size());

        Map<String, Object> v1 = t.read(api.get("/api/v1/banks/" + bank + "/questions/" + q + "/versions/1").body());
        assertEquals("Câu hỏi gốc?", v1.get("text"));
        assertEquals(List.of(Map.of("text", "A", "weight", 100), Map.of("text", "B", "weight", 0)), v1.get("choices"));
        assertEquals("Câu hỏi gốc?", store.content(q, 1).text());
        assertEquals("Câu hỏi đã sửa?", store.content(q, 2).text());
        assertEquals(2, store.current(List.of(q)).get(q).version());

        String page = t.pages(trainer).get("/banks/" + bank + "/questions/" + q).body();
        // Handlebars writes "=" in attributes as the entity &#x3D;
        assertTrue(page.contains("/questions/" + q + "?version&#x3D;1"), page);
        assertTrue(t.pages(trainer).get("/banks/" + bank + "/questions/" + q + "?version=1").body().contains("Câu hỏi gốc?"));
    }

    @Test
    void editing_an_unused_question_corrects_the_current_version_in_place() {
        Web api = t.api(trainer);
        long q = t.single(api, bank, "Câu hỏi có lỗi chính tả?", "");
        attemptUsing(q + 100_000, 1);
        Map<String, Object> edited = t.read(api.putJson("/api/v1/banks/" + bank + "/questions/" + q, EDITED).body());
        assertEquals(1, edited.get("currentVersion"));
        assertEquals(1, ((List<?>) edited.get("versions")).size());
        assertEquals("Câu hỏi đã sửa?", store.content(q, 1).text());
        assertEquals("Luật/Hòa giải", edited.get("category"));
        assertEquals("HARD", edited.get("difficulty"));
        assertEquals(List.of("sửa"), edited.get("tags"));
    }

    @Test
    void changing_only_category_of_a_used_question_makes_no_new_version() {
        Web api = t.api(trainer);
        long q = t.single(api, bank, "Câu hỏi ổn định?", "\"category\":\"Cũ\"");
        attemptUsing(q, 1);
        String body = "{\"category\":\"Mới\",\"content\":{\"type\":\"SINGLE\",\"text\":\"Câu hỏi ổn định?\","
                + "\"format\":\"MARKDOWN\",\"choices\":[{\"text\":\"A\",\"weight\":100},{\"text\":\"B\",\"weight\":0}]}}";
        Map<String, Object> edited = t.read(api.putJson("/api/v1/banks/" + bank + "/questions/" + q, body).body());
        assertEquals(1, edited.get("currentVersion"));
        assertEquals("Mới", edited.get("category"));
    }

    @Test
    void the_type_of_a_question_cannot_change() {
        Web api = t.api(trainer);
        long q = t.single(api, bank, "Loại cố định?", "");
        HttpResponse<String> r = api.putJson("/api/v1/banks/" + bank + "/questions/" + q,
                "{\"content\":{\"type\":\"TRUE_FALSE\",\"text\":\"Loại cố định?\",\"choices\":[{\"text\":\"true\",\"weight\":100},{\"text\":\"false\",\"weight\":0}]}}");
        assertEquals(422, r.statusCode());
        assertEquals("{\"errors\":[{\"field\":\"type\",\"message\":\"Không đổi được loại của câu hỏi đã có; hãy tạo câu hỏi mới.\"}]}", r.body());
    }

    @Test
    void a_used_question_is_deactivated_not_deleted_and_leaves_the_draws() {
        Web api = t.api(trainer);
        long used = t.single(api, bank, "Đã dùng?", "\"difficulty\":\"EASY\"");
        long unused = t.single(api, bank, "Chưa dùng?", "\"difficulty\":\"EASY\"");
        attemptUsing(used, 1);
        Web page = t.pages(trainer);
        String base = "/banks/" + bank + "/questions/";
        assertFalse(page.get(base + used).body().contains(base + used + "/delete"));
        HttpResponse<String> refused = page.postForm(base + used + "/delete", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Câu hỏi đã được dùng trong lượt thi hoặc bài thi nên không xóa được."), refused.body());
        assertTrue(store.activeIds(bank, null, Difficulty.EASY, null).contains(used));

        assertEquals(303, page.postForm(base + used + "/deactivate", Map.of()).statusCode());
        assertFalse(store.activeIds(bank, null, Difficulty.EASY, null).contains(used));
        assertEquals(200, page.get(base + used).statusCode());
        assertEquals(303, page.postForm(base + used + "/activate", Map.of()).statusCode());
        assertTrue(store.activeIds(bank, null, Difficulty.EASY, null).contains(used));

        assertEquals(303, page.postForm(base + unused + "/delete", Map.of()).statusCode());
        assertEquals(404, page.get(base + unused).statusCode());
    }

    /** An attempt row as the quiz engine writes it, whose items reference the question's version. */
    @Test
    void a_version_used_only_as_a_regrade_key_is_not_corrected_in_place() {
        Web api = t.api(trainer);
        long q = t.single(api, bank, "Câu hỏi chấm lại?", "");
        long quiz = t.fixtures.queryLong("insert into quiz (unit_id, title) values (?, 'Bài thi chấm lại') returning id", commune);
        t.fixtures.queryLong("""
                insert into attempt (quiz_id, taker_kind, taker_id, number, state, started_at, items, max_score)
                values (?, 'ACCOUNT', 1, 1, 'SUBMITTED', now(), ?::jsonb, 1) returning id""", quiz,
                "[{\"q\":" + q + ",\"v\":0,\"g\":1,\"points\":1,\"order\":[1,0]}]");
        Map<String, Object> edited = t.read(api.putJson("/api/v1/banks/" + bank + "/questions/" + q, EDITED).body());
        assertEquals(2, edited.get("currentVersion"));
        assertEquals("Câu hỏi chấm lại?", store.content(q, 1).text());
    }

    private void attemptUsing(long questionId, int version) {
        long quiz = t.fixtures.queryLong("insert into quiz (unit_id, title) values (?, 'Bài thi thử') returning id", commune);
        t.fixtures.queryLong("""
                insert into attempt (quiz_id, taker_kind, taker_id, number, state, started_at, items, max_score)
                values (?, 'ACCOUNT', 1, 1, 'SUBMITTED', now(), ?::jsonb, 1) returning id""", quiz,
                "[{\"q\":" + questionId + ",\"v\":" + version + ",\"points\":1,\"order\":[1,0]}]");
    }
}
