package vn.hocluat.platform.ops;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class HealthEndpointsTest implements TestDatabase {
    @Inject
    EmbeddedServer server;

    @Test
    void liveness_is_up_for_anonymous_callers_without_asking_the_database() {
        HttpResponse<String> r = new Web(server.getURI()).get("/health/liveness");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("{\"name\":\"hocluat\",\"status\":\"UP\""), r.body());
        // a slow database must not make the orchestrator restart healthy nodes
        assertFalse(r.body().contains("jdbc"), r.body());
    }

    @Test
    void readiness_is_up_for_anonymous_callers_and_includes_the_database() {
        HttpResponse<String> r = new Web(server.getURI()).get("/health/readiness");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("{\"name\":\"hocluat\",\"status\":\"UP\""), r.body());
        assertTrue(r.body().contains("\"jdbc\":{\"name\":\"hocluat\",\"status\":\"UP\""), r.body());
        assertTrue(r.body().contains("\"gracefulShutdown\":{\"name\":\"hocluat\",\"status\":\"UP\""), r.body());
    }
}
