package vn.hocluat.contest.entrant;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The entrant's sign-in: a cookie {@code entrant=<id>.<expiry epoch seconds>.<HMAC>} signed with a
 * key of its own (EntrantKeys). It is separate from the staff JWT on purpose: an entrant is not an
 * account, so no staff page's {@code @Secured} rule can ever be satisfied by it. Stateless, so any
 * node serves the next request.
 */
@Singleton
public class EntrantSession {
    static final String COOKIE = "entrant";
    static final Duration LIFETIME = Duration.ofDays(30);

    private final EntrantKeys keys;
    private final Clock clock;
    private final boolean secure;

    EntrantSession(EntrantKeys keys, Clock clock,
                   @Value("${micronaut.security.token.jwt.cookie.cookie-secure:false}") boolean secure) {
        this.keys = keys;
        this.clock = clock;
        this.secure = secure;
    }

    /** The signed-in entrant's id, if the cookie is present, authentic and not expired. */
    public Optional<Long> entrantId(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(this::verify);
    }

    public Cookie signIn(long entrantId) {
        String payload = entrantId + "." + clock.instant().plus(LIFETIME).getEpochSecond();
        return base(payload + "." + keys.sign(payload)).maxAge(LIFETIME);
    }

    public Cookie signOut() {
        return base("").maxAge(0);
    }

    private Cookie base(String value) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).secure(secure).sameSite(SameSite.Lax);
    }

    private Optional<Long> verify(String value) {
        int last = value.lastIndexOf('.');
        if (last < 0) {
            return Optional.empty();
        }
        String payload = value.substring(0, last);
        byte[] expected = keys.sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, value.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        if (Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(parts[0]));
    }
}
