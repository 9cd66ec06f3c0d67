package vn.hocluat.platform.ops;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "hocluat.test.probes", value = "true")
class RequestIdTest implements TestDatabase {
    private static final String GENERATED = "[0-9a-f]{16}";
    @Inject
    EmbeddedServer server;

    @Test
    void a_safe_request_id_from_the_proxy_is_kept_and_returned() throws Exception {
        HttpResponse<String> r = get("/login", "7f3c9a1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b");
        assertEquals(200, r.statusCode());
        assertEquals("7f3c9a1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b", r.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void without_a_request_id_one_is_generated() throws Exception {
        String first = get("/login", null).headers().firstValue("X-Request-Id").orElseThrow();
        String second = get("/login", null).headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(first.matches(GENERATED), first);
        assertTrue(second.matches(GENERATED), second);
        assertNotEquals(first, second);
    }

    @Test
    void an_unsafe_or_long_request_id_is_replaced() throws Exception {
        assertTrue(get("/login", "id\"with<quotes>").headers().firstValue("X-Request-Id").orElseThrow().matches(GENERATED));
        assertTrue(get("/login", "a".repeat(65)).headers().firstValue("X-Request-Id").orElseThrow().matches(GENERATED));
    }

    @Test
    void error_and_redirect_responses_carry_the_request_id_too() throws Exception {
        HttpResponse<String> notFound = get("/khong-co-trang-nay", "req-404");
        assertEquals(404, notFound.statusCode());
        assertEquals("req-404", notFound.headers().firstValue("X-Request-Id").orElseThrow());
        HttpResponse<String> toLogin = get("/accounts", "req-anonymous");
        assertEquals(303, toLogin.statusCode());
        assertEquals("req-anonymous", toLogin.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void log_lines_on_the_blocking_executor_carry_the_request_id() throws Exception {
        Logger probeLogger = (Logger) OpsProbes.LOG;
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        probeLogger.addAppender(captured);
        try {
            HttpResponse<String> r = get("/test/probe/mdc", "req-blocking-1");
            String[] mdcAndThread = r.body().split("\\|");
            assertEquals("req-blocking-1", mdcAndThread[0]);
            assertFalse(mdcAndThread[1].contains("eventLoop"), "ran on " + mdcAndThread[1]);
            List<ILoggingEvent> events = List.copyOf(captured.list);
            assertEquals(1, events.size());
            assertEquals("req-blocking-1", events.get(0).getMDCPropertyMap().get("requestId"));
        } finally {
            probeLogger.detachAppender(captured);
        }
    }

    @Test
    void the_request_id_does_not_leak_into_the_next_request_on_the_same_thread() throws Exception {
        get("/test/probe/mdc", "req-first");
        String second = get("/test/probe/mdc", null).body().split("\\|")[0];
        assertTrue(second.matches(GENERATED), second);
    }

    private HttpResponse<String> get(String path, String requestId) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + path));
        if (requestId != null) {
            b.header("X-Request-Id", requestId);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
