package vn.hocluat.learning.certificate;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocluat.learning.certificate.CertificateScene.COURSE_TITLE;
import static vn.hocluat.learning.certificate.CertificateScene.LEARNER_NAME;
import static vn.hocluat.learning.certificate.CertificateScene.PROVINCE_NAME;

/** The certificate PDF: who may download it, and that a person and a phone can read it (Vietnamese text, QR link). */
@MicronautTest(transactional = false)
class CertificateDownloadTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    CertificateScene scene;

    @BeforeAll
    void setUp() {
        scene = new CertificateScene(context);
    }

    @Test
    void learner_downloads_a_landscape_vietnamese_pdf_whose_qr_code_opens_the_verification_page() {
        long completion = scene.completion();
        HttpResponse<byte[]> r = as(scene.learner).getBytes("/my/certificates/" + completion);

        assertEquals(200, r.statusCode());
        String code = scene.code(completion);
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{10}"), code);
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"chung-nhan-" + code + ".pdf\"", r.headers().firstValue("Content-Disposition").orElseThrow());

        PdfReading pdf = PdfReading.of(r.body());
        pdf.save("certificate-sample");
        assertEquals(1, pdf.pages());
        assertEquals(842, Math.round(pdf.width()));
        assertEquals(595, Math.round(pdf.height()));
        for (String printed : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                "GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC", LEARNER_NAME, "Ngày sinh: 14/03/1985", COURSE_TITLE,
                "Thời lượng: 1,5 giờ", "Ngày hoàn thành: 21/11/2026", PROVINCE_NAME, code)) {
            assertTrue(pdf.text().contains(printed), "missing \"" + printed + "\" in:\n" + pdf.text());
        }
        assertFalse(pdf.fonts().isEmpty());
        assertTrue(pdf.fonts().stream().allMatch(f -> f.contains("NotoSerif")), pdf.fonts().toString());
        assertEquals(List.of(), pdf.notEmbedded());
        assertEquals(server.getURI().toString().replaceAll("/$", "") + "/verify/" + code, pdf.qr());
    }

    @Test
    void certificate_of_an_english_course_is_written_in_english() {
        long course = scene.course();
        scene.f.quiz.exec("update course set language = 'en' where id = ?", course);
        Certificate c = context.getBean(CertificateService.class).issue(scene.completion(course, scene.learner, scene.person));
        String text = PdfReading.of(context.getBean(CertificatePdf.class).render(c, "https://hocluat.example.vn/verify/" + c.code())).text();
        for (String printed : List.of("SOCIALIST REPUBLIC OF VIET NAM", "CERTIFICATE OF COURSE COMPLETION", LEARNER_NAME,
                "Date of birth: 14/03/1985", "Duration: 1.5 hours", "Completed on: 21/11/2026")) {
            assertTrue(text.contains(printed), "missing \"" + printed + "\" in:\n" + text);
        }
    }

    @Test
    void downloading_again_gives_the_same_certificate() {
        long completion = scene.completion();
        Web learner = as(scene.learner);
        assertEquals(200, learner.getBytes("/my/certificates/" + completion).statusCode());
        String first = scene.code(completion);
        assertEquals(200, learner.getBytes("/my/certificates/" + completion).statusCode());
        assertEquals(first, scene.code(completion));
        assertEquals(1, scene.f.fixtures.queryLong("select count(*) from certificate where completion_id = ?", completion));
    }

    @Test
    void another_learner_gets_404_for_someone_elses_certificate() {
        long completion = scene.completion();
        assertEquals(404, as(scene.f.quiz.user("LEARNER", scene.communeA)).getBytes("/my/certificates/" + completion).statusCode());
        assertEquals(404, as(scene.f.quiz.user("TRAINER", scene.communeA)).getBytes("/my/certificates/" + completion).statusCode());
        assertEquals(404, as(scene.learner).getBytes("/my/certificates/999999999").statusCode());
    }

    @Test
    void managers_of_the_learner_subtree_may_download_and_a_manager_of_another_commune_is_refused() {
        long completion = scene.completion();
        assertEquals(200, as(scene.f.quiz.user("MANAGER", scene.communeA)).getBytes("/my/certificates/" + completion).statusCode());
        assertEquals(200, as(scene.f.quiz.user("MANAGER", scene.province)).getBytes("/my/certificates/" + completion).statusCode());
        assertEquals(403, as(scene.f.quiz.user("MANAGER", scene.communeB)).getBytes("/my/certificates/" + completion).statusCode());
        assertEquals(200, new Web(server.getURI()).login("admin", ADMIN_PASSWORD).getBytes("/my/certificates/" + completion).statusCode());
    }

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        HttpResponse<String> r = new Web(server.getURI()).get("/my/certificates/" + scene.completion());
        assertEquals(303, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().startsWith("/login?next="));
    }

    @Test
    void revoked_certificate_is_not_downloaded_again() {
        long completion = scene.completion();
        Web learner = as(scene.learner);
        assertEquals(200, learner.getBytes("/my/certificates/" + completion).statusCode());
        scene.f.quiz.exec("update certificate set revoked_at = now(), revoked_reason = 'Cấp nhầm' where completion_id = ?", completion);
        HttpResponse<String> r = learner.get("/my/certificates/" + completion);
        assertEquals(410, r.statusCode());
        assertTrue(r.body().contains("Giấy chứng nhận này đã bị thu hồi nên không tải về được nữa."), r.body());
    }

    private Web as(CurrentUser user) {
        return new Web(server.getURI()).login(user.username(), Fixtures.PASSWORD);
    }
}
