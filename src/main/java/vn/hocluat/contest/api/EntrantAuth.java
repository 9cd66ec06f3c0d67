package vn.hocluat.contest.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import vn.hocluat.contest.entrant.EntrantSession;
import vn.hocluat.platform.web.Problem;

/**
 * The entrant behind an API request: {@code Authorization: Entrant <token>}, the token being the
 * signed value of the entrant cookie (EntrantSession), given by registration and sign-in. A header
 * rather than the cookie, so a cross-site page can never act for an entrant (no CSRF token under /api/).
 */
@Singleton
class EntrantAuth {
    static final String SCHEME = "Entrant ";

    private final EntrantSession session;
    private final HttpClientAddressResolver addresses;

    EntrantAuth(EntrantSession session, HttpClientAddressResolver addresses) {
        this.session = session;
        this.addresses = addresses;
    }

    /** The entrant's id; 401 without a valid, unexpired token. */
    long entrantId(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new Problem(HttpStatus.UNAUTHORIZED, "contest.api.unauthorized");
        }
        return session.entrantId(header.substring(SCHEME.length()).trim())
                .orElseThrow(() -> new Problem(HttpStatus.UNAUTHORIZED, "contest.api.unauthorized"));
    }

    String token(long entrantId) {
        return session.token(entrantId);
    }

    String address(HttpRequest<?> request) {
        String a = addresses.resolve(request);
        return a == null ? "unknown" : a;
    }
}
