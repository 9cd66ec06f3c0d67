package vn.hocluat.contest.entrant;

import jakarta.inject.Singleton;
import vn.hocluat.platform.security.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * How a sign-in code is kept: an HMAC-SHA256 of phone and code under a key derived from the
 * installation secret ({@code k1$<hex>}), not Argon2id. The load test showed Argon2id (the password
 * setting, ~40 ms of a core) to be 94 % of the CPU of a registration cycle, capping a 2-core node at
 * ~28 registrations a second. The code is random (32⁶ ≈ 10⁹) and guessed only online, where the
 * sign-in throttle stops it; an offline search needs the database and the installation secret
 * together, and whoever holds that secret can sign an entrant cookie anyway, so a slow hash protected
 * nothing more. Codes stored by earlier versions as Argon2id still verify.
 */
@Singleton
class SignInCodeHash {
    private static final String PREFIX = "k1$";

    private final EntrantKeys keys;
    private final PasswordHasher legacy;

    SignInCodeHash(EntrantKeys keys, PasswordHasher legacy) {
        this.keys = keys;
        this.legacy = legacy;
    }

    String hash(String phone, String code) {
        return PREFIX + keys.codeHash(phone, code);
    }

    boolean matches(String phone, String code, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return legacy.matches(code, stored);
        }
        return MessageDigest.isEqual(hash(phone, code).getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }
}
