package vn.hocluat.training;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** QR check-in: opening and closing, by account, by phone and birth date within the organising unit's subtree. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
@Property(name = "hocluat.checkin.failures-per-window", value = "1000")
@Property(name = "hocluat.public-url", value = "https://hocluat.example.vn")
class CheckinTest extends ActivitySceneTest {
    private String open(Web organiser, long id) {
        assertEquals(303, organiser.postForm("/activities/" + id + "/checkin/open", Map.of()).statusCode());
        String code = a.s.f.quiz.text("select checkin_code from training_activity where id = ?", id);
        assertTrue(code.matches("[0-9a-f]{32}"), code);
        return code;
    }

    @Test
    void activity_page_shows_the_qr_of_the_public_checkin_address_until_closed() {
        Web organiser = a.as(a.s.managerA);
        long id = a.activity(organiser, a.s.communeA, "Tập huấn có điểm danh QR");
        String code = open(organiser, id);
        assertEquals(code, open(organiser, id));
        String page = organiser.get("/activities/" + id).body();
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), page);
        assertTrue(page.contains("<a href=\"https://hocluat.example.vn/checkin/" + code + "\">"), page);
        assertTrue(page.contains("Điểm danh QR chỉ ghi nhận &quot;Có mặt&quot;"), page);

        assertEquals(303, organiser.postForm("/activities/" + id + "/checkin/close", Map.of()).statusCode());
        assertNull(a.s.f.quiz.text("select checkin_code from training_activity where id = ?", id));
        assertEquals(404, a.anonymous().get("/checkin/" + code).statusCode());
        assertEquals(404, a.anonymous().get("/checkin/0123456789abcdef0123456789abcdef").statusCode());
        assertEquals(404, a.anonymous().get("/checkin/not-a-code").statusCode());
    }

    @Test
    void phone_with_plus_84_and_birth_date_marks_exactly_that_person_present_by_checkin() {
        Web organiser = a.as(a.s.managerA);
        long id = a.activity(organiser, a.s.communeA, "Tập huấn điểm danh bằng số điện thoại");
        long village = a.s.village();
        long lan = a.person(village, "Đỗ Thị Lan", "0912 345 678", null);
        long hoa = a.person(village, "Vũ Thị Hoa", "0912345679", null);
        // same phone and birth date outside the organising unit's subtree: not a candidate
        long elsewhere = a.person(a.s.communeB, "Đỗ Thị Lan", "0912345678", null);
        organiser.postForm("/activities/" + id + "/participants", Map.of("personId", Long.toString(hoa)));
        organiser.postForm("/activities/" + id + "/attendance", Map.of("status_" + hoa, "ABSENT"));
        String code = open(organiser, id);

        Web phone = a.anonymous();
        String form = phone.get("/checkin/" + code).body();
        assertTrue(form.contains("<input id=\"phone\" name=\"phone\" value=\"\" type=\"tel\""), form);
        HttpResponse<String> r = phone.postForm("/checkin/" + code, Map.of("phone", "+84 912-345-678", "birthDate", "14/03/1985"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/checkin/" + code + "?done=1", r.headers().firstValue("Location").orElseThrow());
        assertTrue(phone.get("/checkin/" + code + "?done=1").body().contains("Đã điểm danh: bạn được ghi nhận có mặt."));
        assertEquals("PRESENT false CHECKIN true", a.participant(id, lan));
        assertEquals("ABSENT false PICK false", a.participant(id, hoa));
        assertNull(a.participant(id, elsewhere));
        assertEquals(1, a.count("select count(*) from activity_participant where activity_id = ? and status = 'PRESENT'", id));
    }

    @Test
    void no_match_or_several_matches_get_the_same_message_and_nothing_is_written() {
        Web organiser = a.as(a.s.managerA);
        long id = a.activity(organiser, a.s.communeA, "Tập huấn không khớp");
        long village = a.s.village();
        a.person(village, "Nguyễn Văn An", "0987000111", null);
        a.person(village, "Nguyễn Văn Anh", "0987000222", null);
        a.person(village, "Nguyễn Văn Ánh", "+84987000222", null);
        String code = open(organiser, id);
        Web phone = a.anonymous();
        phone.get("/checkin/" + code);
        String message = "Chưa điểm danh được với số điện thoại và ngày sinh này.";

        HttpResponse<String> wrongBirth = phone.postForm("/checkin/" + code, Map.of("phone", "0987000111", "birthDate", "15/03/1985"));
        assertEquals(422, wrongBirth.statusCode());
        assertTrue(wrongBirth.body().contains(message), wrongBirth.body());
        HttpResponse<String> twoPeople = phone.postForm("/checkin/" + code, Map.of("phone", "0987000222", "birthDate", "14/03/1985"));
        assertEquals(422, twoPeople.statusCode());
        assertTrue(twoPeople.body().contains(message), twoPeople.body());
        assertFalse(twoPeople.body().contains("Nguyễn Văn"), twoPeople.body());
        HttpResponse<String> blank = phone.postForm("/checkin/" + code, Map.of("phone", "", "birthDate", "1985"));
        assertEquals(422, blank.statusCode());
        assertTrue(blank.body().contains("<p class=\"field-error\" id=\"phone-error\">Cần nhập số điện thoại.</p>"), blank.body());
        assertTrue(blank.body().contains("<p class=\"field-error\" id=\"birthDate-error\">Cần nhập ngày sinh dạng dd/mm/yyyy"), blank.body());
        assertEquals(0, a.count("select count(*) from activity_participant where activity_id = ?", id));
    }

    @Test
    void signed_in_participant_checks_in_with_one_button_and_keeps_the_completion_the_organiser_set() {
        Web organiser = a.as(a.s.managerA);
        long id = a.activity(organiser, a.s.communeA, "Tập huấn điểm danh bằng tài khoản");
        long village = a.s.village();
        CurrentUser account = a.s.f.quiz.user("LEARNER", village);
        long mai = a.person(village, "Lò Thị Mai", null, account);
        organiser.postForm("/activities/" + id + "/participants", Map.of("personId", Long.toString(mai)));
        organiser.postForm("/activities/" + id + "/complete-present", Map.of());
        organiser.postForm("/activities/" + id + "/attendance", Map.of("status_" + mai, "ABSENT"));
        String code = open(organiser, id);

        Web learner = a.as(account);
        String page = learner.get("/checkin/" + code).body();
        assertTrue(page.contains("<input type=\"hidden\" name=\"by\" value=\"account\">"), page);
        HttpResponse<String> r = learner.postForm("/checkin/" + code, Map.of("by", "account"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("PRESENT false CHECKIN true", a.participant(id, mai));

        // an account of another commune has no roster person here: the phone form, and the button is refused
        Web stranger = a.as(a.s.f.quiz.user("LEARNER", a.s.communeB));
        assertFalse(stranger.get("/checkin/" + code).body().contains("value=\"account\""));
        assertEquals(422, stranger.postForm("/checkin/" + code, Map.of("by", "account")).statusCode());
    }
}
