package vn.hocluat.org;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster pages: search, create with errors, generated codes, deactivation, paging. */
@MicronautTest
class PersonPagesTest implements TestDatabase {
    private static final Pattern LOCATION = Pattern.compile("/people/(\\d+)\\?created=1");

    @Inject
    ApplicationContext context;

    PeopleTesting people;
    Fixtures fixtures;
    long province;

    @BeforeAll
    void setUp() {
        people = new PeopleTesting(context);
        fixtures = people.fixtures;
        province = people.province("Tỉnh Danh Sách");
    }

    @Test
    void search_ignores_diacritics_and_case() {
        long commune = commune();
        String manager = fixtures.account("MANAGER", commune);
        Web api = people.api(manager);
        people.create(api, commune, "Nguyễn Văn An");
        people.create(api, commune, "Nguyễn Văn Bình");
        people.create(api, commune, "Đặng Thị Hoa");
        Web web = login(manager);

        String an = web.get("/people?q=nguyen+van+an").body();
        assertTrue(an.contains("Tìm thấy 1 người."), an);
        assertTrue(an.contains(">Nguyễn Văn An</a>"), an);
        assertFalse(an.contains("Nguyễn Văn Bình"), an);

        String dang = web.get("/people?q=dang").body();
        assertTrue(dang.contains(">Đặng Thị Hoa</a>"), dang);
        assertTrue(dang.contains("Tìm thấy 1 người."), dang);

        String both = web.get("/people?q=NGUY%E1%BB%84N+v%C4%83n").body();
        assertTrue(both.contains("Tìm thấy 2 người."), both);
        assertTrue(both.indexOf("Nguyễn Văn An") < both.indexOf("Nguyễn Văn Bình"), both);
    }

    @Test
    void create_with_errors_shows_every_field_message_and_keeps_the_input() {
        long commune = commune();
        Web web = login(fixtures.account("MANAGER", commune));
        Map<String, String> form = new HashMap<>(Map.of("fullName", " ", "birthDate", "31/02/1990", "phone", "12345",
                "email", "khong-phai-email", "unitId", "", "activeFrom", "", "activeTo", "", "groups", "TRAINER"));
        HttpResponse<String> r = web.postForm("/people", form);
        String body = r.body();
        assertEquals(422, r.statusCode(), body);
        assertTrue(body.contains("Có 7 ô chưa hợp lệ. Hãy sửa các ô được đánh dấu bên dưới."), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"fullName-error\">Hãy nhập họ và tên.</p>"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"birthDate-error\">Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 05/09/1980.</p>"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"phone-error\">Số điện thoại không hợp lệ: nhập 10 chữ số bắt đầu bằng 0 (ví dụ 0912345678) hoặc dạng +84 (ví dụ +84912345678).</p>"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"email-error\">Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@example.vn).</p>"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"unitId-error\">Hãy chọn đơn vị.</p>"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"activeFrom-error\">Hãy nhập ngày bắt đầu hoạt động.</p>"), body);
        assertTrue(body.contains("<p class=\"field-error\" id=\"trainerLevel-error\">Hãy chọn cấp của tập huấn viên.</p>"), body);
        assertTrue(body.contains("value=\"31/02/1990\""), body);
        assertTrue(body.contains("value=\"12345\""), body);
        assertTrue(body.contains("value=\"khong-phai-email\""), body);
        assertTrue(body.contains("value=\"TRAINER\" checked"), body);

        form.putAll(Map.of("fullName", "Phạm Thị Lan", "birthDate", "01/01/2999", "phone", "0912 345 678",
                "email", "lan@example.vn", "unitId", Long.toString(commune), "activeFrom", "10/05/2024",
                "activeTo", "09/05/2024", "trainerLevel", "COMMUNE"));
        r = web.postForm("/people", form);
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Có 2 ô chưa hợp lệ."), r.body());
        assertTrue(r.body().contains("Ngày sinh không thể sau ngày hôm nay."), r.body());
        assertTrue(r.body().contains("Ngày kết thúc không được trước ngày bắt đầu hoạt động."), r.body());
    }

    @Test
    void create_without_code_generates_one_and_a_taken_code_is_refused() {
        long commune = commune();
        Web web = login(fixtures.account("MANAGER", commune));
        HttpResponse<String> r = web.postForm("/people", Map.of("fullName", "Võ  Minh   Khang", "code", "",
                "unitId", Long.toString(commune), "activeFrom", "01/03/2024", "birthDate", "5/9/1980",
                "phone", "0912.345.678", "groups", "TRAINER", "trainerLevel", "PROVINCIAL"));
        assertEquals(303, r.statusCode(), r.body());
        Matcher m = LOCATION.matcher(r.headers().firstValue("Location").orElseThrow());
        assertTrue(m.matches());
        String show = web.get("/people/" + m.group(1) + "?created=1").body();
        assertTrue(show.contains("<p class=\"notice\" role=\"status\">Đã thêm người vào danh sách.</p>"), show);
        assertTrue(show.contains("<h1>Võ Minh Khang</h1>"), show);
        assertTrue(show.contains("<dt>Ngày sinh</dt><dd>05/09/1980</dd>"), show);
        assertTrue(show.contains("<dt>Số điện thoại</dt><dd>0912345678</dd>"), show);
        assertTrue(show.contains("<li>Tập huấn viên — Cấp tỉnh</li>"), show);
        Matcher code = Pattern.compile("<dt>Mã</dt><dd>(HL\\d{8})</dd>").matcher(show);
        assertTrue(code.find(), show);

        r = web.postForm("/people", Map.of("fullName", "Người Trùng Mã", "code", code.group(1),
                "unitId", Long.toString(commune), "activeFrom", "01/03/2024"));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("<p class=\"field-error\" id=\"code-error\">Mã " + code.group(1)
                + " đã được dùng cho một người khác.</p>"), r.body());
    }

    @Test
    void edit_keeps_values_and_saves_with_a_notice() {
        long commune = commune();
        String manager = fixtures.account("MANAGER", commune);
        long id = people.create(people.api(manager), commune, "Hồ Thị Mai",
                "\"code\":\"" + Fixtures.unique("MAI") + "\",\"activeFrom\":\"2024-02-01\"");
        Web web = login(manager);
        String edit = web.get("/people/" + id + "/edit").body();
        assertTrue(edit.contains("value=\"Hồ Thị Mai\""), edit);
        assertTrue(edit.contains("value=\"01/02/2024\""), edit);

        HttpResponse<String> r = web.postForm("/people/" + id, Map.of("fullName", "Hồ Thị Mai Anh", "unitId",
                Long.toString(commune), "activeFrom", "01/02/2024", "groups", "MEDIATOR", "recognizedOn", "15/06/2024"));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/people/" + id + "?saved=1", r.headers().firstValue("Location").orElseThrow());
        String show = web.get("/people/" + id + "?saved=1").body();
        assertTrue(show.contains("Đã lưu thay đổi."), show);
        assertTrue(show.contains("<li>Hòa giải viên — công nhận ngày 15/06/2024</li>"), show);
    }

    @Test
    void deactivated_person_leaves_the_default_list_and_shows_with_inactive() {
        long commune = commune();
        String manager = fixtures.account("MANAGER", commune);
        long id = people.create(people.api(manager), commune,
                "Bùi Văn Nghỉ", "\"activeFrom\":\"2024-01-01\"");
        Web web = login(manager);
        HttpResponse<String> r = web.postForm("/people/" + id + "/deactivate", Map.of("inactiveFrom", ""));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals("/people/" + id + "?deactivated=1", r.headers().firstValue("Location").orElseThrow());

        String yesterday = Dates.format(Dates.today().minusDays(1));
        assertFalse(web.get("/people").body().contains("Bùi Văn Nghỉ"));
        String all = web.get("/people?inactive=1").body();
        assertTrue(all.contains(">Bùi Văn Nghỉ</a>"), all);
        assertTrue(all.contains("Đã thôi hoạt động (ngày cuối " + yesterday + ")"), all);

        assertEquals(303, web.postForm("/people/" + id + "/reactivate", Map.of()).statusCode());
        assertTrue(web.get("/people").body().contains(">Bùi Văn Nghỉ</a>"));
    }

    @Test
    void a_person_cannot_stop_before_starting() {
        long commune = commune();
        String manager = fixtures.account("MANAGER", commune);
        long id = people.create(people.api(manager), commune, "Mới Vào Hôm Nay");
        HttpResponse<String> r = login(manager).postForm("/people/" + id + "/deactivate", Map.of("inactiveFrom", ""));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Ngày thôi hoạt động phải từ " + Dates.format(Dates.today().plusDays(1))
                + " trở đi (sau ngày bắt đầu hoạt động)."), r.body());
    }

    @Test
    void list_pages_by_fifty_and_keeps_the_filters() {
        long commune = commune();
        String manager = fixtures.account("MANAGER", commune);
        Web api = people.api(manager);
        for (int i = 1; i <= 51; i++) {
            people.create(api, commune, String.format("Người Thứ %02d", i), "\"groups\":[{\"group\":\"CITIZEN\"}]");
        }
        people.create(api, commune, "Không Nhóm");
        Web web = login(manager);
        String first = web.get("/people?unitId=" + commune + "&group=CITIZEN").body();
        assertTrue(first.contains("Tìm thấy 51 người."), first);
        assertTrue(first.contains("Trang 1/2"), first);
        assertTrue(first.contains(">Người Thứ 50</a>"), first);
        assertFalse(first.contains(">Người Thứ 51</a>"), first);
        assertTrue(attributes(first).contains("<a href=\"/people?unitId=" + commune + "&group=CITIZEN&page=2\" rel=\"next\">"), first);

        String second = web.get("/people?unitId=" + commune + "&group=CITIZEN&page=2").body();
        assertTrue(second.contains(">Người Thứ 51</a>"), second);
        assertFalse(second.contains("Không Nhóm"), second);
        assertTrue(attributes(second).contains("<a href=\"/people?unitId=" + commune + "&group=CITIZEN\" rel=\"prev\">"), second);

        String pastTheEnd = web.get("/people?unitId=" + commune + "&group=CITIZEN&page=9").body();
        assertTrue(pastTheEnd.contains("Trang 2/2"), pastTheEnd);
        assertTrue(pastTheEnd.contains(">Người Thứ 51</a>"), pastTheEnd);
    }

    /** The page with the entities Handlebars writes in attributes ('=' and '&') decoded, as a browser reads them. */
    private static String attributes(String html) {
        return html.replace("&#x3D;", "=").replace("&amp;", "&");
    }

    private long commune() {
        return people.commune(province, "Xã Thử");
    }

    private Web login(String username) {
        return people.pages(username);
    }
}
