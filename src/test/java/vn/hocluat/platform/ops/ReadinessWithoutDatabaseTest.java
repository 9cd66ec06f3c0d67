package vn.hocluat.platform.ops;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second datasource that points at nothing stands for a database that has gone away. */
@MicronautTest(transactional = false)
@Property(name = "datasources.unreachable.url", value = "jdbc:postgresql://127.0.0.1:9/none")
@Property(name = "datasources.unreachable.username", value = "nobody")
@Property(name = "datasources.unreachable.driver-class-name", value = "org.postgresql.Driver")
@Property(name = "datasources.unreachable.initialization-fail-timeout", value = "-1")
@Property(name = "datasources.unreachable.connection-timeout", value = "250")
class ReadinessWithoutDatabaseTest implements TestDatabase {
    @Inject
    EmbeddedServer server;

    @Test
    void readiness_is_503_when_a_database_is_unreachable_while_liveness_stays_up() {
        Web web = new Web(server.getURI());
        HttpResponse<String> readiness = web.get("/health/readiness");
        assertEquals(503, readiness.statusCode());
        assertTrue(readiness.body().startsWith("{\"name\":\"hocluat\",\"status\":\"DOWN\""), readiness.body());
        assertTrue(readiness.body().contains("\"jdbc\":{\"name\":\"hocluat\",\"status\":\"DOWN\""), readiness.body());
        assertEquals(200, web.get("/health/liveness").statusCode());
    }
}
