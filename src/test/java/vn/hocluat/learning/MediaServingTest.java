package vn.hocluat.learning;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A course's files over HTTP: whole, single ranges (206), unsatisfiable ranges (416), revalidation, inline or download. */
@MicronautTest(transactional = false)
class MediaServingTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    MediaStore media;

    final HttpClient client = HttpClient.newHttpClient();
    final byte[] audio = new byte[100];
    String base;
    String sha;

    @BeforeAll
    void setUp() {
        CourseFixtures f = new CourseFixtures(context);
        long commune = f.quiz.commune(f.quiz.province());
        CourseFixtures.CourseRef course = f.course(commune, "PUBLIC", true, true);
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) i;
        }
        media.put(course.id(), "bai-1.mp3", "audio/mpeg", audio);
        media.put(course.id(), "tai-lieu.pdf", "application/pdf", "%PDF-1.4".getBytes());
        media.put(course.id(), "mau.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] {80, 75, 3, 4});
        media.put(course.id(), "trang.html", "text/html", "<script>alert(1)</script>".getBytes());
        base = "/courses/" + course.slug() + "/media/";
        sha = MediaStore.sha256(audio);
    }

    HttpResponse<byte[]> get(String name, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + base + name)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void whole_file_with_type_length_etag_and_private_caching() throws Exception {
        HttpResponse<byte[]> r = get("bai-1.mp3");
        assertEquals(200, r.statusCode());
        assertArrayEquals(audio, r.body());
        assertEquals("audio/mpeg", header(r, "Content-Type"));
        assertEquals("100", header(r, "Content-Length"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
        assertEquals("\"" + sha + "\"", header(r, "ETag"));
        assertEquals("private, max-age=3600", header(r, "Cache-Control"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
    }

    @Test
    void a_closed_range_gets_exactly_those_bytes() throws Exception {
        HttpResponse<byte[]> r = get("bai-1.mp3", "Range", "bytes=10-19");
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOfRange(audio, 10, 20), r.body());
        assertEquals("bytes 10-19/100", header(r, "Content-Range"));
        assertEquals("10", header(r, "Content-Length"));
    }

    @Test
    void a_suffix_range_gets_the_last_bytes_and_an_open_range_runs_to_the_end() throws Exception {
        HttpResponse<byte[]> r = get("bai-1.mp3", "Range", "bytes=-5");
        assertEquals(206, r.statusCode());
        assertArrayEquals(Arrays.copyOfRange(audio, 95, 100), r.body());
        assertEquals("bytes 95-99/100", header(r, "Content-Range"));
        HttpResponse<byte[]> open = get("bai-1.mp3", "Range", "bytes=98-");
        assertArrayEquals(new byte[] {98, 99}, open.body());
        assertEquals("bytes 98-99/100", header(open, "Content-Range"));
    }

    @Test
    void a_range_past_the_end_is_unsatisfiable() throws Exception {
        HttpResponse<byte[]> r = get("bai-1.mp3", "Range", "bytes=100-200");
        assertEquals(416, r.statusCode());
        assertEquals("bytes */100", header(r, "Content-Range"));
    }

    @Test
    void several_ranges_or_a_stale_if_range_get_the_whole_file() throws Exception {
        assertEquals(200, get("bai-1.mp3", "Range", "bytes=0-1,5-6").statusCode());
        assertEquals(200, get("bai-1.mp3", "Range", "bytes=0-1", "If-Range", "\"old\"").statusCode());
        assertEquals(206, get("bai-1.mp3", "Range", "bytes=0-1", "If-Range", "\"" + sha + "\"").statusCode());
    }

    @Test
    void a_known_etag_is_not_sent_again() throws Exception {
        HttpResponse<byte[]> r = get("bai-1.mp3", "If-None-Match", "\"" + sha + "\"");
        assertEquals(304, r.statusCode());
        assertEquals(0, r.body().length);
    }

    @Test
    void pdf_is_inline_and_frameable_by_the_site_docx_and_unknown_types_are_downloads() throws Exception {
        HttpResponse<byte[]> pdf = get("tai-lieu.pdf");
        assertEquals("inline; filename=\"tai-lieu.pdf\"", header(pdf, "Content-Disposition"));
        assertEquals("SAMEORIGIN", header(pdf, "X-Frame-Options"));
        assertEquals(true, header(pdf, "Content-Security-Policy").contains("frame-ancestors 'self'"));
        HttpResponse<byte[]> docx = get("mau.docx");
        assertEquals("attachment; filename=\"mau.docx\"", header(docx, "Content-Disposition"));
        assertEquals("DENY", header(docx, "X-Frame-Options"));
        HttpResponse<byte[]> html = get("trang.html");
        assertEquals("application/octet-stream", header(html, "Content-Type"));
        assertEquals("attachment; filename=\"trang.html\"", header(html, "Content-Disposition"));
    }

    @Test
    void names_with_a_path_or_unknown_files_are_not_found() throws Exception {
        assertEquals(404, get("khong-co.mp3").statusCode());
        assertEquals(404, get("..%2Fbai-1.mp3").statusCode());
    }
}
