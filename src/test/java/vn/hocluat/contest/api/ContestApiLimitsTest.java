package vn.hocluat.contest.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
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

/** The API takes from the same rate limits as the pages: registrations per address, sign-in failures, starts. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.contest.register-limit", value = "2")
@Property(name = "hocluat.contest.signin-phone-failures", value = "2")
@Property(name = "hocluat.contest.start-limit", value = "1")
class ContestApiLimitsTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    Fixtures fixtures;
    long commune;
    EntrantClient player;
    String playerPhone;
    String playerCode;
    String attempts;

    /** Two registrations (the limit) and one start (the limit) happen here. */
    @BeforeAll
    void setUp() {
        fixtures = new Fixtures(context);
        long province = fixtures.unit(fixtures.rootId(), Fixtures.unique("TC"), "Tỉnh Giới Hạn", "PROVINCE");
        commune = fixtures.unit(province, Fixtures.unique("XC"), "Xã Giới Hạn", "COMMUNE");
        Contest contest = new ContestFixtures(context, server.getURI()).published(fixtures.account("ORGANISER", province), province,
                3, 3, "", "NONE", List.of(Window.openNow("Tuần 1")));
        attempts = "/api/v1/contests/" + contest.slug() + "/rounds/" + contest.roundIds().get(0) + "/attempts";
        new EntrantClient(server.getURI()).register(ContestFixtures.freshPhone(), commune);
        player = new EntrantClient(server.getURI());
        playerPhone = ContestFixtures.freshPhone();
        playerCode = (String) player.register(playerPhone, commune).get("code");
        assertEquals(201, player.post(attempts, null).statusCode());
    }

    @Test
    void the_third_registration_from_one_address_is_429_with_retry_after_and_nothing_written() {
        String phone = ContestFixtures.freshPhone();
        HttpResponse<String> third = new EntrantClient(server.getURI()).post("/api/v1/contests/entrants",
                EntrantClient.registration(phone, commune));
        assertEquals(429, third.statusCode());
        assertEquals("600", third.headers().firstValue("Retry-After").orElse(""));
        assertEquals(Map.of("message", "Có quá nhiều lượt đăng ký từ địa chỉ mạng này. Vui lòng thử lại sau khoảng 10 phút."),
                EntrantClient.json(third.body()));
        assertEquals(0, fixtures.queryLong("select count(*) from entrant where phone = ?", phone));
    }

    @Test
    void a_second_start_within_the_window_is_429_and_after_two_wrong_codes_even_the_right_one_is_refused() {
        HttpResponse<String> again = player.post(attempts, null);
        assertEquals(429, again.statusCode());
        assertEquals(Map.of("message", "Bạn đã bắt đầu quá nhiều lượt thi trong thời gian ngắn. Vui lòng thử lại sau ít phút."),
                EntrantClient.json(again.body()));

        String wrong = "{\"phone\":\"" + playerPhone + "\",\"birthDate\":\"14/03/1988\",\"code\":\"AAAAAA\"}";
        EntrantClient anyone = new EntrantClient(server.getURI());
        assertEquals(422, anyone.post("/api/v1/contests/sessions", wrong).statusCode());
        assertEquals(422, anyone.post("/api/v1/contests/sessions", wrong).statusCode());
        HttpResponse<String> blocked = anyone.post("/api/v1/contests/sessions",
                "{\"phone\":\"" + playerPhone + "\",\"birthDate\":\"14/03/1988\",\"code\":\"" + playerCode + "\"}");
        assertEquals(429, blocked.statusCode());
        assertEquals("600", blocked.headers().firstValue("Retry-After").orElse(""));
    }
}
