package vn.hocluat.contest.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.ContestFixtures;
import vn.hocluat.contest.ContestFixtures.Contest;
import vn.hocluat.contest.ContestFixtures.Window;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public contest API: published contests, registration and sign-in with their refusals. */
@MicronautTest(transactional = false)
class ContestApiTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    Fixtures fixtures;
    ContestFixtures contests;
    long province;
    long commune;
    String organiser;
    Contest contest;

    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        contests = new ContestFixtures(context, server.getURI());
        province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TA"), "Tỉnh Ứng Dụng", "PROVINCE");
        commune = fixtures.unit(province, Fixtures.unique("XA"), "Xã Ứng Dụng", "COMMUNE");
        organiser = fixtures.account("ORGANISER", province);
        contest = contests.published(organiser, province, 3, 3, "", "FULL_SCORE_COUNT", List.of(
                new Window("Tuần 1", "01/01/2020 08:00", "31/12/2098 20:00"),
                new Window("Tuần 2", "01/01/2099 08:00", "31/12/2099 20:00")));
    }

    private EntrantClient client() {
        return new EntrantClient(server.getURI());
    }

    @Test
    @SuppressWarnings("unchecked")
    void published_contest_is_listed_and_shown_with_rounds_and_the_open_round_current() {
        Map<String, Object> list = EntrantClient.json(client().get("/api/v1/contests").body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) list.get("items");
        Map<String, Object> mine = items.stream().filter(i -> contest.slug().equals(i.get("slug"))).findFirst().orElseThrow();
        assertEquals("Tỉnh Ứng Dụng", mine.get("unitName"));

        HttpResponse<String> r = client().get("/api/v1/contests/" + contest.slug());
        assertEquals(200, r.statusCode());
        Map<String, Object> detail = EntrantClient.json(r.body());
        assertEquals("<p>Thể lệ</p>\n", detail.get("rulesHtml"));
        assertEquals(20, ((Number) detail.get("timeLimitMinutes")).intValue());
        assertEquals(3, ((Number) detail.get("questionCount")).intValue());
        assertNull(detail.get("attemptsPerRound"));
        assertEquals("FULL_SCORE_COUNT", detail.get("predictionKind"));
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) detail.get("rounds");
        assertEquals(List.of("OPEN", "UPCOMING"), rounds.stream().map(x -> x.get("state")).toList());
        assertEquals(contest.roundIds().get(0), ((Number) detail.get("currentRoundId")).longValue());
    }

    @Test
    void unknown_or_draft_contest_is_404_with_a_vietnamese_message() {
        HttpResponse<String> unknown = client().get("/api/v1/contests/khong-co-cuoc-thi-nay");
        assertEquals(404, unknown.statusCode());
        assertEquals(Map.of("message", "Không tìm thấy trang hoặc dữ liệu bạn yêu cầu."), EntrantClient.json(unknown.body()));
        Contest other = contests.published(organiser, province, 3, 3, "", "NONE", List.of(Window.openNow("V1")));
        fixtures.queryLong("update contest set status = 'DRAFT', published_at = null where id = ? returning 1", other.id());
        String draft = other.slug();
        assertEquals(404, client().get("/api/v1/contests/" + draft).statusCode());
    }

    @Test
    void registration_answers_the_code_once_and_a_token_that_signs_in() {
        String phone = ContestFixtures.freshPhone();
        EntrantClient c = client();
        Map<String, Object> body = c.register(phone, commune);
        String code = (String) body.get("code");
        assertTrue(code.matches("[A-Z0-9]{6}"), code);
        long id = ((Number) body.get("entrantId")).longValue();
        assertEquals(id, fixtures.queryLong("select id from entrant where phone = ?", phone));

        HttpResponse<String> signIn = client().post("/api/v1/contests/sessions",
                "{\"phone\":\"+84" + phone.substring(1) + "\",\"birthDate\":\"14/03/1988\",\"code\":\"" + code.toLowerCase() + "\"}");
        assertEquals(200, signIn.statusCode(), signIn.body());
        Map<String, Object> token = EntrantClient.json(signIn.body());
        assertEquals(id, ((Number) token.get("entrantId")).longValue());
        assertEquals("no-store", signIn.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void registration_without_consent_and_with_bad_fields_is_422_per_field_and_writes_nothing() {
        String phone = ContestFixtures.freshPhone();
        HttpResponse<String> r = client().post("/api/v1/contests/entrants", "{\"phone\":\"" + phone
                + "\",\"fullName\":\"X\",\"birthDate\":\"31/02/1990\",\"unitId\":" + commune + ",\"email\":\"khong-phai-email\"}");
        assertEquals(422, r.statusCode());
        Map<String, Object> body = EntrantClient.json(r.body());
        assertEquals("Thông tin chưa hợp lệ. Xem lỗi của từng trường.", body.get("message"));
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        assertEquals(List.of("consent", "fullName", "birthDate", "email"), errors.stream().map(e -> e.get("field")).toList());
        assertTrue(String.valueOf(errors.get(0).get("message")).length() > 10);
        assertEquals(0, fixtures.queryLong("select count(*) from entrant where phone = ?", phone));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_taken_phone_is_a_field_error() {
        String phone = ContestFixtures.freshPhone();
        client().register(phone, commune);
        HttpResponse<String> again = client().post("/api/v1/contests/entrants", EntrantClient.registration(phone, commune));
        assertEquals(422, again.statusCode());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) EntrantClient.json(again.body()).get("errors");
        assertEquals(List.of("phone"), errors.stream().map(e -> e.get("field")).toList());
        assertEquals(1, fixtures.queryLong("select count(*) from entrant where phone = ?", phone));
    }

    @Test
    void wrong_code_or_birth_date_does_not_sign_in() {
        String phone = ContestFixtures.freshPhone();
        String code = (String) client().register(phone, commune).get("code");
        HttpResponse<String> wrongBirth = client().post("/api/v1/contests/sessions",
                "{\"phone\":\"" + phone + "\",\"birthDate\":\"1988-03-15\",\"code\":\"" + code + "\"}");
        assertEquals(422, wrongBirth.statusCode());
        assertEquals(Map.of("message", "Số điện thoại, ngày sinh hoặc mã đăng nhập không đúng."), EntrantClient.json(wrongBirth.body()));
        assertEquals(422, client().post("/api/v1/contests/sessions", "{\"phone\":\"" + phone + "\",\"birthDate\":\"1988-03-14\"}").statusCode());
    }
}
