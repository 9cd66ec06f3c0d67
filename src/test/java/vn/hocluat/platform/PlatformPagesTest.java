package vn.hocluat.platform;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PlatformPagesTest implements TestDatabase {
    @Inject
    EmbeddedServer server;

    @Test
    void health_reports_up_with_the_database() {
        HttpResponse<String> r = new Web(server.getURI()).get("/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"status\":\"UP\""), r.body());
        assertTrue(r.body().contains("jdbc"), r.body());
    }

    @Test
    void unknown_page_is_a_vietnamese_404_page_without_stack_trace() {
        HttpResponse<String> r = new Web(server.getURI()).get("/khong-co-trang-nay");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<h1>Không tìm thấy trang</h1>"), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void unknown_api_path_is_json_404() {
        HttpResponse<String> r = new Web(server.getURI()).get("/api/v1/khong-co");
        assertEquals(404, r.statusCode());
        assertEquals("{\"message\":\"Không tìm thấy trang hoặc dữ liệu bạn yêu cầu.\"}", r.body());
    }

    @Test
    void english_is_chosen_with_the_language_switch() {
        Web web = new Web(server.getURI());
        HttpResponse<String> switched = web.get("/lang/en?back=/login");
        assertEquals(303, switched.statusCode());
        assertEquals("/login", switched.headers().firstValue("Location").orElseThrow());
        assertTrue(web.get("/login").body().contains("<h1>Sign in</h1>"));
        web.get("/lang/vi?back=/");
        assertTrue(web.get("/login").body().contains("<h1>Đăng nhập</h1>"));
    }

    @Test
    void language_switch_refuses_to_redirect_off_site() {
        HttpResponse<String> r = new Web(server.getURI()).get("/lang/en?back=//evil.example");
        assertEquals("/", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void pages_carry_security_headers_and_static_assets_are_cached() {
        Web web = new Web(server.getURI());
        HttpResponse<String> page = web.get("/login");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        HttpResponse<String> css = web.get("/static/app.css");
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=604800", css.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void api_docs_are_browsable() {
        Web web = new Web(server.getURI());
        HttpResponse<String> docs = web.get("/api/docs");
        assertEquals(303, docs.statusCode());
        assertEquals(200, web.get("/swagger/views/swagger-ui/index.html").statusCode());
        HttpResponse<String> spec = web.get("/swagger/hocluat-api.yml");
        assertEquals(200, spec.statusCode());
        assertTrue(spec.body().contains("/api/v1/auth/token"), spec.body());
    }
}
