package vn.hocluat.learning.certificate;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.learning.certificate.CertificateScene.COMMUNE_NAME;
import static vn.hocluat.learning.certificate.CertificateScene.COURSE_TITLE;
import static vn.hocluat.learning.certificate.CertificateScene.EMAIL;
import static vn.hocluat.learning.certificate.CertificateScene.LEARNER_NAME;
import static vn.hocluat.learning.certificate.CertificateScene.PHONE;
import static vn.hocluat.learning.certificate.CertificateScene.PROVINCE_NAME;

/** Issuing (once, with the facts of that moment) and the public verification page. */
@MicronautTest(transactional = false)
class CertificateVerifyTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    CertificateService certificates;

    CertificateScene scene;

    @BeforeAll
    void setUp() {
        scene = new CertificateScene(context);
    }

    @Test
    void issuing_twice_gives_the_same_certificate_with_the_facts_frozen() {
        long completion = scene.completion();
        Certificate first = certificates.issue(completion);
        scene.f.quiz.exec("update person set full_name = 'Tên Đã Đổi' where id = ?", scene.person);
        Certificate second = certificates.issue(completion);
        scene.f.quiz.exec("update person set full_name = ? where id = ?", LEARNER_NAME, scene.person);

        assertEquals(first, second);
        assertTrue(first.code().matches("[A-HJ-NP-Z2-9]{10}"), first.code());
        assertEquals(LEARNER_NAME, second.learnerName());
        assertEquals(LocalDate.of(1985, 3, 14), first.birthDate());
        assertEquals(COURSE_TITLE, first.courseTitle());
        assertEquals(new BigDecimal("1.5"), first.hours());
        assertEquals(LocalDate.of(2026, 11, 21), first.completedOn());
        assertEquals(PROVINCE_NAME, first.issuerName());
        assertFalse(first.revoked());
        assertEquals(1, scene.f.fixtures.queryLong("select count(*) from certificate where completion_id = ?", completion));
    }

    @Test
    void concurrent_first_downloads_issue_one_certificate() {
        long completion = scene.completion();
        List<CompletableFuture<Certificate>> calls = List.of(
                CompletableFuture.supplyAsync(() -> certificates.issue(completion)),
                CompletableFuture.supplyAsync(() -> certificates.issue(completion)),
                CompletableFuture.supplyAsync(() -> certificates.issue(completion)));
        assertEquals(1, calls.stream().map(CompletableFuture::join).map(Certificate::code).distinct().count());
        assertEquals(1, scene.f.fixtures.queryLong("select count(*) from certificate where completion_id = ?", completion));
    }

    @Test
    void learner_without_roster_entry_is_named_by_the_account_and_unknown_hours_are_left_out() {
        CurrentUser citizen = scene.f.quiz.user("LEARNER", scene.communeA);
        long course = scene.course();
        scene.f.quiz.exec("update course set estimated_minutes = null where id = ?", course);
        Certificate c = certificates.issue(scene.completion(course, citizen, 0));

        assertEquals("Test LEARNER", c.learnerName());
        assertNull(c.birthDate());
        assertNull(c.hours());
        HttpResponse<String> page = new Web(server.getURI()).get("/verify/" + c.code());
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("Ngày sinh"), page.body());
        assertFalse(page.body().contains("Thời lượng"), page.body());
    }

    @Test
    void verification_page_shows_what_is_printed_and_nothing_about_the_learner_beyond_it() {
        Certificate c = certificates.issue(scene.completion());
        HttpResponse<String> page = new Web(server.getURI()).get("/verify/" + c.code());

        assertEquals(200, page.statusCode());
        assertEquals("noindex", page.headers().firstValue("X-Robots-Tag").orElseThrow());
        String body = page.body();
        for (String shown : List.of("Giấy chứng nhận hợp lệ", "<dd>" + LEARNER_NAME + "</dd>", "<dd>14/03/1985</dd>",
                "<dd>" + COURSE_TITLE + "</dd>", "<dd>1,5 giờ</dd>", "<dd>21/11/2026</dd>", "<dd>" + PROVINCE_NAME + "</dd>",
                "<dd>" + c.code() + "</dd>")) {
            assertTrue(body.contains(shown), "missing " + shown + " in " + body);
        }
        for (String hidden : List.of(PHONE, EMAIL, COMMUNE_NAME, scene.learner.username(),
                scene.f.quiz.text("select code from person where id = ?", scene.person))) {
            assertFalse(body.contains(hidden), "leaks " + hidden);
        }
    }

    @Test
    void a_code_typed_in_lower_case_finds_the_certificate() {
        Certificate c = certificates.issue(scene.completion());
        HttpResponse<String> page = new Web(server.getURI()).get("/verify/" + c.code().toLowerCase());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(LEARNER_NAME));
    }

    @Test
    void unknown_or_malformed_code_gets_a_friendly_404_page() {
        Web anonymous = new Web(server.getURI());
        HttpResponse<String> unknown = anonymous.get("/verify/ZZZZ2222ZZ");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Không có giấy chứng nhận nào mang mã ZZZZ2222ZZ."), unknown.body());
        assertTrue(unknown.body().contains("<form method=\"get\" action=\"/verify\""));
        HttpResponse<String> malformed = anonymous.get("/verify/hello");
        assertEquals(404, malformed.statusCode());
        assertTrue(malformed.body().contains("Không có giấy chứng nhận nào mang mã hello."), malformed.body());
    }

    @Test
    void revoked_certificate_is_reported_as_revoked() {
        Certificate c = certificates.issue(scene.completion());
        scene.f.quiz.exec("update certificate set revoked_at = timestamptz '2026-11-22 10:00:00+07', revoked_reason = 'Cấp nhầm' where id = ?", c.id());
        HttpResponse<String> page = new Web(server.getURI()).get("/verify/" + c.code());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Giấy chứng nhận đã bị thu hồi"), page.body());
        assertTrue(page.body().contains("Giấy chứng nhận này đã bị thu hồi ngày 22/11/2026 và không còn giá trị."), page.body());
        assertFalse(page.body().contains("Giấy chứng nhận hợp lệ"));
        assertFalse(page.body().contains("Cấp nhầm"));
    }

    @Test
    void the_code_form_works_without_javascript() {
        Web anonymous = new Web(server.getURI());
        HttpResponse<String> form = anonymous.get("/verify");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"code\">Mã xác thực</label>"), form.body());

        HttpResponse<String> typed = anonymous.get("/verify?code=+k7qm-2xwp%209a");
        assertEquals(303, typed.statusCode());
        assertEquals("/verify/K7QM2XWP9A", typed.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> wrong = anonymous.get("/verify?code=K7QM0");
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("Mã &quot;K7QM0&quot; không đúng dạng"), wrong.body());
        assertTrue(wrong.body().contains("value=\"K7QM0\""), wrong.body());

        HttpResponse<String> empty = anonymous.get("/verify?code=");
        assertEquals(422, empty.statusCode());
        assertTrue(empty.body().contains("Chưa nhập mã xác thực"), empty.body());
    }
}
