package vn.hocluat.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The installation secret that signs login tokens and CSRF tokens. Production sets
 * HOCLUAT_JWT_SECRET (the same on every node); otherwise one is generated once and kept in the
 * data directory so that restarts do not sign everybody out.
 */
public final class Secrets {
    private Secrets() {
    }

    public static Map<String, Object> properties() {
        String secret = System.getenv("HOCLUAT_JWT_SECRET");
        if (secret == null || secret.isBlank()) {
            secret = System.getProperty("hocluat.jwt-secret");
        }
        if (secret == null || secret.isBlank()) {
            String dir = System.getenv("HOCLUAT_DATA_DIR");
            if (dir == null || dir.isBlank()) {
                dir = System.getProperty("hocluat.data-dir", "./data");
            }
            secret = fromFile(Path.of(dir, "jwt-secret"));
        }
        return of(secret);
    }

    public static Map<String, Object> of(String secret) {
        return Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret", secret,
                "micronaut.security.csrf.signature-key", secret);
    }

    public static String random() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            String secret = random();
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }
}
