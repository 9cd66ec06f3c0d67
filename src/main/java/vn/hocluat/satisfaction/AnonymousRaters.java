package vn.hocluat.satisfaction;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.Hmac;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The anonymous rater cookie: a random id and its HMAC under a key derived from the installation
 * secret ("id.signature"). A forged or edited cookie verifies to nothing, so clearing cookies is the
 * only way to a new id, and the per-address budget of {@link RatingService} bounds that.
 */
@Singleton
public class AnonymousRaters {
    public static final String COOKIE = "hl_rater";
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;

    AnonymousRaters(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        this.key = Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), "hocluat/satisfaction/anonymous-rater");
    }

    /** A fresh cookie value. */
    public String issue() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String hex = HexFormat.of().formatHex(id);
        return hex + "." + HexFormat.of().formatHex(Hmac.sha256(key, hex));
    }

    /** The id of a cookie value whose signature holds. */
    public Optional<String> verify(String cookie) {
        if (cookie == null) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot != 32) {
            return Optional.empty();
        }
        String id = cookie.substring(0, dot);
        byte[] expected = HexFormat.of().formatHex(Hmac.sha256(key, id)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }
}
