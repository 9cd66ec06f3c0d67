package vn.hocluat.contest.entrant;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.Hmac;

import java.nio.charset.StandardCharsets;
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
        this.idKey = Hmac.sha256(master, "hocluat/entrant/id-number");
        this.sessionKey = Hmac.sha256(master, "hocluat/entrant/session");
        this.codeKey = Hmac.sha256(master, "hocluat/entrant/sign-in-code");
    }

    /** HMAC-SHA256 (hex) of the digits of an ID number. */
    String idHash(String digits) {
        return HexFormat.of().formatHex(Hmac.sha256(idKey, digits));
    }

    /** HMAC-SHA256 (hex) of a session cookie payload. */
    String sign(String payload) {
        return HexFormat.of().formatHex(Hmac.sha256(sessionKey, payload));
    }

    /** HMAC-SHA256 (hex) of an entrant's phone and sign-in code. */
    String codeHash(String phone, String code) {
        return HexFormat.of().formatHex(Hmac.sha256(codeKey, phone + ":" + code));
    }
}
