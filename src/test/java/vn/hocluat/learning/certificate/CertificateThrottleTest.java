package vn.hocluat.learning.certificate;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a configured public address and a small lookup limit. */
@MicronautTest(transactional = false)
@Property(name = "hocluat.certificates.verify-limit", value = "3")
@Property(name = "hocluat.certificates.verify-window", value = "1h")
@Property(name = "hocluat.public-url", value = "https://hocluat.example.vn/")
class CertificateThrottleTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    @Test
    void qr_code_points_at_the_configured_public_address() {
        CertificateScene scene = new CertificateScene(context);
        long completion = scene.completion();
        Web learner = new Web(server.getURI()).login(scene.learner.username(), Fixtures.PASSWORD);
        PdfReading pdf = PdfReading.of(learner.getBytes("/my/certificates/" + completion).body());
        assertEquals("https://hocluat.example.vn/verify/" + scene.code(completion), pdf.qr());
    }

    @Test
    void lookups_beyond_the_limit_are_refused_until_the_bucket_refills() {
        Web anonymous = new Web(server.getURI());
        for (int i = 0; i < 3; i++) {
            assertEquals(404, anonymous.get("/verify/ZZZZ2222Z" + (i + 2)).statusCode());
        }
        HttpResponse<String> refused = anonymous.get("/verify/ZZZZ2222Z5");
        assertEquals(429, refused.statusCode());
        assertEquals("1200", refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(refused.body().contains("Bạn đã tra cứu quá nhiều mã trong thời gian ngắn. Vui lòng thử lại sau 20 phút."), refused.body());
        assertEquals(200, anonymous.get("/verify").statusCode());
    }
}
