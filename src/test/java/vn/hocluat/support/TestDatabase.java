package vn.hocluat.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;
import vn.hocluat.platform.db.EmbeddedDatabase;
import vn.hocluat.platform.security.Secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * Implemented by every test that starts the application: one real PostgreSQL per test JVM — the
 * embedded one in a temporary directory, or the server named by HOCLUAT_TEST_DB_URL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface TestDatabase extends TestPropertyProvider {
    String ADMIN_PASSWORD = "Quan-tri-th3-test";

    @Override
    default Map<String, String> getProperties() {
        return Holder.PROPERTIES;
    }

    final class Holder {
        static final Map<String, String> PROPERTIES = start();

        private Holder() {
        }

        private static Map<String, String> start() {
            Map<String, String> props = new HashMap<>();
            String url = System.getenv("HOCLUAT_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                props.put("datasources.default.url", url);
                props.put("datasources.default.username", System.getenv().getOrDefault("HOCLUAT_TEST_DB_USER", "postgres"));
                props.put("datasources.default.password", System.getenv().getOrDefault("HOCLUAT_TEST_DB_PASSWORD", ""));
            } else {
                try {
                    var dir = Files.createTempDirectory("hocluat-test-pg");
                    EmbeddedDatabase.start(dir, 0).forEach((k, v) -> props.put(k, String.valueOf(v)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Secrets.of("test-secret-0123456789-0123456789-0123456789-abcdef").forEach((k, v) -> props.put(k, String.valueOf(v)));
            props.put("hocluat.admin-password", ADMIN_PASSWORD);
            // any free port, so test runs (and a running application) on one machine do not collide
            props.put("micronaut.server.port", "-1");
            return Map.copyOf(props);
        }
    }
}
