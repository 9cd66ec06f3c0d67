package vn.hocluat.contest;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocluat.contest.manage.BannerService;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contest banner: checked by its bytes, stored, served publicly with caching once published. */
@MicronautTest(transactional = false)
class BannerTest implements TestDatabase {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 8, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    BannerService banners;

    OrganiserScene scene;

    @BeforeAll
    void setUp() {
        scene = new OrganiserScene(context);
    }

    private HttpResponse<byte[]> anonymous(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET();
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void banner_of_a_published_contest_is_public_and_cached() throws Exception {
        Web web = new Web(server.getURI()).login(scene.organiserA.username(), Fixtures.PASSWORD);
        long id = scene.contest("Hội thi có ảnh bìa", 1, 0);
        HttpResponse<String> up = web.postFile("/contests/manage/" + id + "/banner", "bia.png", PNG, Map.of());
        assertEquals(303, up.statusCode());
        assertTrue(web.get("/contests/manage/" + id).body().contains("<img class=\"contest-banner\" src=\"/thi/anh/" + id + "\""));

        assertEquals(404, anonymous("/thi/anh/" + id, null).statusCode());
        HttpResponse<byte[]> preview = web.getBytes("/thi/anh/" + id);
        assertEquals(200, preview.statusCode());
        assertEquals("private, no-store", preview.headers().firstValue("Cache-Control").orElseThrow());

        scene.fixtures.queryLong("update contest set status = 'PUBLISHED', published_at = now() where id = ? returning 1", id);
        HttpResponse<byte[]> image = anonymous("/thi/anh/" + id, null);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=600", image.headers().firstValue("Cache-Control").orElseThrow());
        assertArrayEquals(PNG, image.body());
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous("/thi/anh/" + id, etag).statusCode());
        String landing = new Web(server.getURI()).get("/thi/" + scene.fixtures.queryString("select slug from contest where id = ?", id)).body();
        assertTrue(landing.matches("(?s).*<meta property=\"og:image\" content=\"https?://[^\"]+/thi/anh/" + id + "\">.*"), landing);
        assertTrue(landing.contains("<img class=\"contest-banner\" src=\"/thi/anh/" + id + "\" alt=\"\">"), landing);

        assertEquals(303, web.postFile("/contests/manage/" + id + "/banner", "bia.webp", WEBP, Map.of()).statusCode());
        HttpResponse<byte[]> replaced = anonymous("/thi/anh/" + id, etag);
        assertEquals(200, replaced.statusCode());
        assertEquals("image/webp", replaced.headers().firstValue("Content-Type").orElseThrow());

        assertTrue(banners.exists(id));
        assertEquals(303, web.postForm("/contests/manage/" + id + "/banner/delete", Map.of()).statusCode());
        assertEquals(404, anonymous("/thi/anh/" + id, null).statusCode());
        assertFalse(banners.exists(id));
    }

    @Test
    void a_file_that_is_not_an_image_or_too_large_is_refused_with_the_reason() {
        Web web = new Web(server.getURI()).login(scene.organiserA.username(), Fixtures.PASSWORD);
        long id = scene.contest("Hội thi ảnh sai", 1, 0);
        HttpResponse<String> text = web.postFile("/contests/manage/" + id + "/banner", "bia.png",
                "<svg></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertEquals(422, text.statusCode());
        assertTrue(text.body().contains("Tệp không phải ảnh JPEG, PNG hoặc WebP."), text.body());
        byte[] big = Arrays.copyOf(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff}, 500 * 1024 + 1);
        HttpResponse<String> large = web.postFile("/contests/manage/" + id + "/banner", "bia.jpg", big, Map.of());
        assertEquals(422, large.statusCode());
        assertTrue(large.body().contains("Ảnh lớn hơn 500 KB; hãy thu nhỏ ảnh rồi tải lại."), large.body());
        assertEquals(0, scene.fixtures.queryLong("select count(*) from contest_banner where contest_id = ?", id));
    }

    @Test
    void manager_of_other_province_cannot_upload_remove_or_preview_a_draft_banner() {
        Web owner = new Web(server.getURI()).login(scene.organiserA.username(), Fixtures.PASSWORD);
        long id = scene.contest("Hội thi ảnh riêng", 1, 0);
        owner.postFile("/contests/manage/" + id + "/banner", "bia.png", PNG, Map.of());
        Web other = new Web(server.getURI()).login(scene.managerB.username(), Fixtures.PASSWORD);
        assertEquals(403, other.postFile("/contests/manage/" + id + "/banner", "lạ.webp", WEBP, Map.of()).statusCode());
        assertEquals(403, other.postForm("/contests/manage/" + id + "/banner/delete", Map.of()).statusCode());
        assertEquals(404, other.getBytes("/thi/anh/" + id).statusCode());
        assertEquals(1, scene.fixtures.queryLong(
                "select count(*) from contest_banner where contest_id = ? and content_type = 'image/png'", id));
    }
}
