package vn.hocluat.assessment.bank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer of commune A can neither read nor change a bank of commune B, by any page or API call. */
@MicronautTest(transactional = false)
class BankScopeTest implements TestDatabase {
    @Inject
    ApplicationContext context;

    BankTesting t;
    long communeA;
    long communeB;
    String trainerA;
    long bankA;
    long bankB;
    long questionB;

    @BeforeAll
    void setUp() {
        t = new BankTesting(context);
        long province = t.province("Tỉnh Ngân Hàng");
        communeA = t.commune(province, "Xã An Phú");
        communeB = t.commune(province, "Xã Bình Yên");
        trainerA = t.fixtures.account("TRAINER", communeA);
        String trainerB = t.fixtures.account("TRAINER", communeB);
        bankA = t.bank(t.api(trainerA), communeA, "Ngân hàng xã An Phú");
        bankB = t.bank(t.api(trainerB), communeB, "Ngân hàng xã Bình Yên");
        questionB = t.single(t.api(trainerB), bankB, "Câu hỏi bí mật của xã Bình Yên?", "");
    }

    @Test
    void trainer_of_other_commune_gets_403_on_every_bank_page() {
        Web a = t.pages(trainerA);
        String bank = "/banks/" + bankB;
        String question = bank + "/questions/" + questionB;
        for (String path : List.of(bank, bank + "/edit", bank + "/questions/new", bank + "/questions/new?type=SINGLE",
                question, question + "?version=1", question + "/edit", bank + "/import", bank + "/export.gift",
                bank + "/export.xlsx")) {
            HttpResponse<String> r = a.get(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains("bí mật"), path);
        }
        Map<String, String> single = Map.of("type", "SINGLE", "text", "Đã bị sửa", "rows", "2",
                "c0_text", "X", "c1_text", "Y", "correct", "0");
        assertEquals(403, a.postForm(bank, Map.of("name", "Đã bị sửa", "unitId", Long.toString(communeA))).statusCode());
        assertEquals(403, a.postForm(bank + "/questions", single).statusCode());
        assertEquals(403, a.postForm(question, single).statusCode());
        assertEquals(403, a.postForm(question + "/deactivate", Map.of()).statusCode());
        assertEquals(403, a.postForm(question + "/activate", Map.of()).statusCode());
        assertEquals(403, a.postForm(question + "/delete", Map.of()).statusCode());
        byte[] gift = "Bị chèn? {=có ~không}".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, a.postFile(bank + "/import", "chen.gift", gift, Map.of()).statusCode());
        assertEquals(403, a.postFile(bank + "/import", "", new byte[0], Map.of("text", "Bị chèn? {=có ~không}")).statusCode());

        Map<String, Object> unchanged = t.read(t.api("admin").get("/api/v1/banks/" + bankB + "/questions/" + questionB).body());
        assertEquals(1, unchanged.get("currentVersion"));
        assertEquals(true, unchanged.get("active"));
        assertEquals("Câu hỏi bí mật của xã Bình Yên?", ((Map<?, ?>) unchanged.get("content")).get("text"));
        assertEquals("Ngân hàng xã Bình Yên", t.read(t.api("admin").get("/api/v1/banks/" + bankB).body()).get("name"));
    }

    @Test
    void trainer_of_other_commune_gets_403_on_every_api_call() {
        Web a = t.api(trainerA);
        String bank = "/api/v1/banks/" + bankB;
        String question = bank + "/questions/" + questionB;
        for (String path : List.of(bank, bank + "/questions", question, question + "/versions/1")) {
            HttpResponse<String> r = a.get(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains("bí mật"), path);
        }
        assertEquals(403, a.putJson(bank, "{\"name\":\"Đã bị sửa\",\"unitId\":" + communeA + "}").statusCode());
        String body = "{\"content\":{\"type\":\"SINGLE\",\"text\":\"Đã bị sửa\",\"choices\":[{\"text\":\"X\",\"weight\":100},{\"text\":\"Y\",\"weight\":0}]}}";
        assertEquals(403, a.postJson(bank + "/questions", body).statusCode());
        assertEquals(403, a.putJson(question, body).statusCode());
        assertEquals(403, a.postFile(bank + "/import", "chen.gift", "Bị chèn? {=có ~không}".getBytes(StandardCharsets.UTF_8),
                Map.of()).statusCode());
        assertEquals(403, a.postFile(bank + "/import", "khong-co-tep", new byte[0], Map.of()).statusCode());
        assertEquals(1L, t.fixtures.queryLong("select count(*) from question where bank_id = ?", bankB));
    }

    @Test
    void a_question_is_not_found_through_another_bank() {
        assertEquals(404, t.pages(trainerA).get("/banks/" + bankA + "/questions/" + questionB).statusCode());
        assertEquals(404, t.api(trainerA).get("/api/v1/banks/" + bankA + "/questions/" + questionB).statusCode());
        assertEquals(404, t.api(trainerA).putJson("/api/v1/banks/" + bankA + "/questions/" + questionB,
                "{\"content\":{\"type\":\"SINGLE\",\"text\":\"x\"}}").statusCode());
    }

    @Test
    void unknown_bank_is_not_found() {
        assertEquals(404, t.pages(trainerA).get("/banks/999999999").statusCode());
        assertEquals(404, t.api(trainerA).get("/api/v1/banks/999999999").statusCode());
    }

    @Test
    void lists_show_only_banks_of_the_callers_subtree() {
        String page = t.pages(trainerA).get("/banks").body();
        assertTrue(page.contains("Ngân hàng xã An Phú"), page);
        assertFalse(page.contains("Bình Yên"), page);
        String json = t.api(trainerA).get("/api/v1/banks?size=200").body();
        assertTrue(json.contains("Ngân hàng xã An Phú"), json);
        assertFalse(json.contains("Bình Yên"), json);
    }

    @Test
    void a_bank_cannot_be_created_in_or_moved_to_another_commune() {
        HttpResponse<String> created = t.api(trainerA).postJson("/api/v1/banks",
                "{\"name\":\"Lấn sân\",\"unitId\":" + communeB + "}");
        assertEquals(422, created.statusCode());
        assertEquals("{\"errors\":[{\"field\":\"unitId\",\"message\":\"Đơn vị này không tồn tại hoặc không thuộc phạm vi quản lý của bạn.\"}]}",
                created.body());
        HttpResponse<String> moved = t.pages(trainerA).postForm("/banks/" + bankA,
                Map.of("name", "Ngân hàng xã An Phú", "unitId", Long.toString(communeB)));
        assertEquals(422, moved.statusCode());
        assertTrue(moved.body().contains("Đơn vị này không tồn tại hoặc không thuộc phạm vi quản lý của bạn."), moved.body());
    }

    @Test
    void organiser_keeps_banks_but_learner_never_reads_them() {
        String organiser = t.fixtures.account("ORGANISER", communeA);
        assertEquals(200, t.pages(organiser).get("/banks/" + bankA).statusCode());
        String learner = t.fixtures.account("LEARNER", communeA);
        Web page = t.pages(learner);
        assertEquals(403, page.get("/banks").statusCode());
        assertEquals(403, page.get("/banks/" + bankA).statusCode());
        assertFalse(page.get("/").body().contains("href=\"/banks\""));
        assertEquals(403, t.api(learner).get("/api/v1/banks").statusCode());
        assertEquals(403, t.api(learner).get("/api/v1/banks/" + bankA + "/questions").statusCode());
        assertEquals(403, page.get("/banks/import-template.xlsx").statusCode());
    }

    @Test
    void admin_and_province_manager_reach_commune_banks() {
        assertEquals(200, t.api("admin").get("/api/v1/banks/" + bankB).statusCode());
        long province = t.fixtures.queryLong("select parent_id from unit where id = ?", communeB);
        String manager = t.fixtures.account("MANAGER", province);
        assertEquals(200, t.pages(manager).get("/banks/" + bankB + "/questions/" + questionB).statusCode());
    }
}
