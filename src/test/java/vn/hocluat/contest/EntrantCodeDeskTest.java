package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.entrant.EntrantCodeDesk;
import vn.hocluat.contest.entrant.EntrantService;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import javax.sql.DataSource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new sign-in code for an entrant who lost theirs: found by phone within the caller's units, shown once. */
@MicronautTest(transactional = false)
class EntrantCodeDeskTest implements TestDatabase {
    private static final Pattern CODE = Pattern.compile("class=\"signin-code\">([A-Z0-9]{6})<");

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    EntrantCodeDesk desk;
    @Inject
    EntrantService entrants;

    OrganiserScene scene;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
    }

    private String entrant(String name) {
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        scene.fixtures.queryLong("""
                insert into entrant (phone, full_name, search_name, birth_date, unit_id, consent_at, code_hash)
                values (?, ?, 'x', date '1990-09-05', ?, now(), 'cu') returning id""", phone, name, scene.communeA);
        return phone;
    }

    private String codeHash(String phone) {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = dataSource.getConnection();
             var st = c.prepareStatement("select code_hash from entrant where phone = ?")) {
            st.setString(1, phone);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void organiser_of_the_province_finds_the_entrant_and_prints_a_new_code() {
        String phone = entrant("Trần Văn Quên");
        Web web = new Web(server.getURI()).login(scene.organiserA.username(), Fixtures.PASSWORD);
        HttpResponse<String> found = web.get("/contests/manage/thi-sinh?phone=%2B84" + phone.substring(1));
        assertEquals(200, found.statusCode());
        assertTrue(found.body().contains("Trần Văn Quên"), found.body());
        assertTrue(found.body().contains("05/09/1990"));
        long id = scene.fixtures.queryLong("select id from entrant where phone = ?", phone);

        HttpResponse<String> issued = web.postForm("/contests/manage/thi-sinh/" + id + "/ma-moi", Map.of());
        assertEquals(200, issued.statusCode());
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElseThrow());
        Matcher m = CODE.matcher(issued.body());
        assertTrue(m.find(), issued.body());
        assertTrue(entrants.signIn(phone, java.time.LocalDate.of(1990, 9, 5), m.group(1)).isPresent());
        assertTrue(issued.body().contains("class=\"print-slip\""));
    }

    @Test
    void a_bad_phone_is_422_and_an_unknown_one_is_not_found() {
        Web web = new Web(server.getURI()).login(scene.organiserA.username(), Fixtures.PASSWORD);
        HttpResponse<String> bad = web.get("/contests/manage/thi-sinh?phone=12345");
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Số điện thoại: cần là số di động Việt Nam gồm 10 chữ số"), bad.body());
        HttpResponse<String> none = web.get("/contests/manage/thi-sinh?phone=0999999999");
        assertEquals(200, none.statusCode());
        assertTrue(none.body().contains("Không tìm thấy người dự thi có số điện thoại này trong các đơn vị bạn quản lý."));
    }

    @Test
    void manager_of_other_province_does_not_find_the_entrant_nor_issue_a_code() {
        String phone = entrant("Lê Thị Ngoài");
        long id = scene.fixtures.queryLong("select id from entrant where phone = ?", phone);
        assertTrue(desk.find(scene.managerB, phone).isEmpty());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(Problem.class, () -> desk.issueCode(scene.managerB, id)).status());
        assertEquals("cu", codeHash(phone));
        Web other = new Web(server.getURI()).login(scene.managerB.username(), Fixtures.PASSWORD);
        assertFalse(other.get("/contests/manage/thi-sinh?phone=" + phone).body().contains("Lê Thị Ngoài"));
        assertEquals(403, other.postForm("/contests/manage/thi-sinh/" + id + "/ma-moi", Map.of()).statusCode());
        assertEquals("cu", codeHash(phone));
        assertEquals(desk.find(scene.organiserA, phone).orElseThrow().id(), id);
    }
}
