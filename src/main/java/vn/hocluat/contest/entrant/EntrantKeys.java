package vn.hocluat.contest.entrant;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keys derived from the installation secret (platform/security/Secrets: HOCLUAT_JWT_SECRET or the
 * generated file), one per purpose, so an entrant cookie can never pass for an ID hash or a staff
 * token. Changing the installation secret signs entrants out and makes earlier ID hashes unmatched
 * for duplicate checks (they are only compared, never reversed).
 */
@Singleton
class EntrantKeys {
    private final byte[] idKey;
    private final byte[] sessionKey;
    private final byte[] codeKey;

    EntrantKeys(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String secret) {
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        this.idKey = hmac(master, "hocluat/entrant/id-number");
        this.sessionKey = hmac(master, "hocluat/entrant/session");
        this.codeKey = hmac(master, "hocluat/entrant/sign-in-code");
    }

    /** HMAC-SHA256 (hex) of the digits of an ID number. */
    String idHash(String digits) {
        return HexFormat.of().formatHex(hmac(idKey, digits));
    }

    /** HMAC-SHA256 (hex) of a session cookie payload. */
    String sign(String payload) {
        return HexFormat.of().formatHex(hmac(sessionKey, payload));
    }

    /** HMAC-SHA256 (hex) of an entrant's phone and sign-in code. */
    String codeHash(String phone, String code) {
        return HexFormat.of().formatHex(hmac(codeKey, phone + ":" + code));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
