package vn.hocluat.contest.entrant;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.contest.entrant.EntrantTesting.code;
import static vn.hocluat.contest.entrant.EntrantTesting.commune;
import static vn.hocluat.contest.entrant.EntrantTesting.freshPhone;
import static vn.hocluat.contest.entrant.EntrantTesting.registration;
import static vn.hocluat.contest.entrant.EntrantTesting.row;

@MicronautTest(transactional = false)
class EntrantRegistrationTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;
    @Inject
    EntrantKeys keys;

    @Test
    void unit_search_without_diacritics_lists_the_commune_as_a_radio_button() {
        long unit = commune(new Fixtures(context), "Phường Đống Đa Mới");
        HttpResponse<String> page = new Web(server.getURI()).get("/thi/dang-ky?q=dong+da+moi");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("name=\"unitId\" value=\"" + unit + "\""), page.body());
        assertTrue(page.body().contains("Phường Đống Đa Mới"), page.body());
    }

    @Test
    void registration_stores_normalised_phone_hashed_id_and_masked_id_and_signs_in() {
        long unit = commune(new Fixtures(context), "Xã Hòa Bình");
        String phone = freshPhone();
        Map<String, String> form = registration("+84 " + phone.substring(1, 4) + "." + phone.substring(4), unit);
        form.put("fullName", "  Nguyễn   Thị Hoa ");
        form.put("idNumber", "001190012345");
        form.put("email", "hoa@example.com");
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        HttpResponse<String> done = web.postForm("/thi/dang-ky", form);
        assertEquals(200, done.statusCode(), done.body());
        String code = code(done.body());
        assertTrue(code.matches("[2-9A-HJ-NP-Z]{6}"), code);

        Map<String, Object> row = row(context, phone);
        assertNotNull(row);
        assertEquals("Nguyễn Thị Hoa", row.get("full_name"));
        assertEquals("nguyen thi hoa", row.get("search_name"));
        assertEquals(Date.valueOf("1990-09-05"), row.get("birth_date"));
        assertEquals(unit, row.get("unit_id"));
        assertEquals("********2345", row.get("id_masked"));
        assertEquals(keys.idHash("001190012345"), row.get("id_hash"));
        assertFalse(String.valueOf(row.get("id_hash")).contains("001190012345"));
        assertEquals("hoa@example.com", row.get("email"));
        assertNotNull(row.get("consent_at"));
        assertNull(row.get("locked_at"));
        assertEquals("k1$" + keys.codeHash(phone, code), row.get("code_hash"));
        assertFalse(row.values().stream().anyMatch(v -> String.valueOf(v).contains("001190012345")));

        HttpResponse<String> profile = web.get("/thi/ho-so");
        assertEquals(200, profile.statusCode());
        assertTrue(profile.body().contains(phone), profile.body());
        assertTrue(profile.body().contains("********2345"), profile.body());
        assertFalse(profile.body().contains("001190012345"), profile.body());
    }

    @Test
    void a_taken_phone_is_refused_without_revealing_the_holder() {
        long unit = commune(new Fixtures(context), "Xã Tân Lập");
        String phone = freshPhone();
        Web first = new Web(server.getURI());
        first.get("/thi/dang-ky");
        assertEquals(200, first.postForm("/thi/dang-ky", registration(phone, unit)).statusCode());

        Web second = new Web(server.getURI());
        second.get("/thi/dang-ky");
        Map<String, String> again = registration(phone, unit);
        again.put("fullName", "Trần Văn Nam");
        HttpResponse<String> refused = second.postForm("/thi/dang-ky", again);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Số điện thoại: số này đã được dùng để đăng ký."), refused.body());
        assertFalse(refused.body().contains("Hoa"), refused.body());
        assertEquals("Nguyễn Thị Hoa", row(context, phone).get("full_name"));
    }

    @Test
    void bad_input_is_refused_with_messages_naming_each_field_and_nothing_is_stored() {
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        String phone = freshPhone();
        Map<String, String> form = registration(phone, 0);
        form.put("phone", "12345");
        form.put("fullName", "");
        form.put("birthDate", "31/02/1990");
        form.put("unitId", "");
        form.put("idNumber", "1234567890");
        form.put("email", "khong-phai-email");
        form.remove("consent");
        HttpResponse<String> r = web.postForm("/thi/dang-ky", form);
        assertEquals(422, r.statusCode());
        for (String message : new String[]{"Số điện thoại: cần là số di động", "Họ và tên: cần từ 2",
                "Ngày sinh: cần theo dạng", "Xã, phường: hãy tìm và chọn", "Số CCCD/CMND: cần gồm 9 hoặc 12",
                "Thư điện tử: địa chỉ không hợp lệ", "Đồng ý xử lý dữ liệu cá nhân: cần đánh dấu"}) {
            assertTrue(r.body().contains(message), message + " in " + r.body());
        }
        assertNull(row(context, phone));
    }

    @Test
    void a_unit_that_is_not_a_commune_or_ward_is_refused() {
        Fixtures fixtures = new Fixtures(context);
        long province = fixtures.unit(fixtures.rootId(), Fixtures.unique("T"), "Tỉnh Thử", "PROVINCE");
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        String phone = freshPhone();
        HttpResponse<String> r = web.postForm("/thi/dang-ky", registration(phone, province));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Xã, phường: hãy tìm và chọn"), r.body());
        assertNull(row(context, phone));
    }

    @Test
    void registration_without_the_csrf_token_is_refused() {
        Web web = new Web(server.getURI());
        web.get("/thi/dang-ky");
        Map<String, String> form = registration(freshPhone(), 1);
        form.put("csrfToken", "forged");
        assertEquals(403, web.postForm("/thi/dang-ky", form).statusCode());
    }
}
