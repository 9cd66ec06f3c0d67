package vn.hocluat;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What main() hands to Micronaut: with no secret configured, one is generated once and kept. */
class ApplicationStartupTest {

    @Test
    void a_generated_signing_secret_is_kept_in_the_data_directory_and_reused() throws Exception {
        Path dir = Files.createTempDirectory("hocluat-startup");
        String before = System.getProperty("hocluat.data-dir");
        System.setProperty("hocluat.data-dir", dir.toString());
        try {
            Map<String, Object> first = vn.hocluat.platform.security.Secrets.properties();
            String secret = (String) first.get("micronaut.security.token.jwt.signatures.secret.generator.secret");
            assertTrue(secret.length() >= 43, "secret too short for HS256: " + secret.length());
            assertEquals(secret, Files.readString(dir.resolve("jwt-secret")).trim());
            assertEquals(first, vn.hocluat.platform.security.Secrets.properties());
        } finally {
            if (before == null) {
                System.clearProperty("hocluat.data-dir");
            } else {
                System.setProperty("hocluat.data-dir", before);
            }
        }
    }
}
