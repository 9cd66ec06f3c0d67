package vn.hocluat.platform.ops;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "hocluat.metrics.token", value = MetricsTokenTest.TOKEN)
class MetricsTokenTest implements TestDatabase {
    static final String TOKEN = "scrape-token-0123456789";
    @Inject
    EmbeddedServer server;

    @Test
    void scrape_without_the_token_is_refused() throws Exception {
        HttpResponse<String> r = get("/prometheus", null);
        assertEquals(401, r.statusCode());
        assertEquals("Bearer realm=\"metrics\"", r.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(401, get("/prometheus", "Bearer wrong-token").statusCode());
        assertEquals(401, get("/prometheus", TOKEN).statusCode());
    }

    @Test
    void scrape_with_the_token_gets_the_metrics() throws Exception {
        HttpResponse<String> r = get("/prometheus", "Bearer " + TOKEN);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("hocluat_imports_total{kind=\"roster\",outcome=\"created\"}"), r.body());
    }

    @Test
    void health_stays_open_when_metrics_need_a_token() throws Exception {
        assertEquals(200, get("/health/readiness", null).statusCode());
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURI() + path));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
