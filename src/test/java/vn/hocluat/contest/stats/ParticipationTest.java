package vn.hocluat.contest.stats;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.learning.certificate.PdfReading;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.support.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Participation certificates on {@link StatsScene}: e1 finished attempts in both rounds, e3 only
 * started one. Run with {@code -Dhocluat.keep-pdf=target/participation.pdf} to keep the PDF for a look.
 */
@MicronautTest(transactional = false)
class ParticipationTest implements TestDatabase {
    private static final Pattern CODE = Pattern.compile("Mã xác thực\\s+([A-Z2-9]{10})");

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    EntrantSession session;

    StatsScene s;
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void setUp() {
        s = new StatsScene(context, server.getURI());
    }

    private <T> HttpResponse<T> get(String path, Long entrantId, HttpResponse.BodyHandler<T> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET();
        if (entrantId != null) {
            request.header("Cookie", "entrant=" + session.signIn(entrantId).getValue());
        }
        return client.send(request.build(), body);
    }

    private String pdfPath() {
        return "/thi/chung-nhan.pdf?cuocThi=" + s.contest.id();
    }

    @Test
    void entrant_with_finished_attempts_gets_a_certificate_naming_the_rounds_in_vietnamese() throws Exception {
        HttpResponse<byte[]> pdf = get(pdfPath(), s.e1, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        keep(pdf.body());
        PdfReading read = PdfReading.of(pdf.body());
        String text = read.text().replaceAll("\\s+", " ");
        for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIẤY CHỨNG NHẬN THAM GIA", "Chứng nhận Ông/Bà",
                "Nguyễn Thị Ánh", "Ngày sinh: 08/03/1995 — Đơn vị: Xã An", "đã tham gia cuộc thi", contestTitle(),
                "Các vòng đã tham gia: Vòng một, Vòng hai", "Cấp ngày " + Dates.format(LocalDate.now(Dates.ZONE)),
                "ĐƠN VỊ TỔ CHỨC", "Tỉnh Thống Kê")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(List.of(), read.notEmbedded());
        assertEquals(1, read.pages());
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), text);
        assertEquals(server.getURI() + "/thi/chung-nhan/" + code.group(1), read.qr());

        String again = PdfReading.of(get(pdfPath(), s.e1, HttpResponse.BodyHandlers.ofByteArray()).body()).text();
        assertTrue(again.contains(code.group(1)), "a second download keeps the code");
        assertEquals(1, s.fixtures.queryLong("select count(*) from contest_certificate where entrant_id = ?", s.e1));

        HttpResponse<String> verify = get("/thi/chung-nhan/" + code.group(1).toLowerCase(), null, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, verify.statusCode());
        assertTrue(verify.body().contains("<dd>Nguyễn Thị Ánh</dd>"), verify.body());
        assertTrue(verify.body().contains("<dd>Vòng một, Vòng hai</dd>"), verify.body());
        assertTrue(verify.body().contains("<dd>08/03/1995</dd>"), verify.body());
    }

    @Test
    void entrant_without_a_finished_attempt_is_refused_and_nothing_is_issued() throws Exception {
        HttpResponse<String> refused = get(pdfPath(), s.e3, HttpResponse.BodyHandlers.ofString());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("bạn cần hoàn thành ít nhất một lượt thi"), refused.body());
        assertEquals(0, s.fixtures.queryLong("select count(*) from contest_certificate where entrant_id = ?", s.e3));
    }

    @Test
    void without_sign_in_the_entrant_is_sent_to_the_sign_in_page() throws Exception {
        HttpResponse<String> r = get(pdfPath(), null, HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode());
        assertEquals("/thi/dang-nhap", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void an_unknown_code_is_404_with_an_explanation_and_an_unknown_contest_404() throws Exception {
        HttpResponse<String> r = get("/thi/chung-nhan/ABCDEFGH23", null, HttpResponse.BodyHandlers.ofString());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Không có giấy chứng nhận nào mang mã này."), r.body());
        assertEquals(404, get("/thi/chung-nhan.pdf?cuocThi=999999999", s.e1, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private String contestTitle() {
        return s.fixtures.queryString("select title from contest where id = ?", s.contest.id());
    }

    private static void keep(byte[] pdf) throws IOException {
        String path = System.getProperty("hocluat.keep-pdf");
        if (path != null) {
            Files.write(Path.of(path), pdf);
        }
    }
}
