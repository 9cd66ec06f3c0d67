package vn.hocluat.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Security headers on every response, and long caching for static assets (their URLs carry a version).
 * A response that sets {@code X-Frame-Options: SAMEORIGIN} itself (a course's PDF, shown in a frame
 * of the lesson page) may be framed by this site only; every other response by no one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    // Swagger UI's generated page uses inline styles and scripts.
    static final String CSP_API_DOCS = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    static final String SAME_ORIGIN = "SAMEORIGIN";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        boolean sameOriginFrame = SAME_ORIGIN.equals(headers.get("X-Frame-Options"));
        headers.set("X-Frame-Options", sameOriginFrame ? SAME_ORIGIN : "DENY");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("Content-Security-Policy", path.startsWith("/swagger") ? CSP_API_DOCS
                : sameOriginFrame ? CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'") : CSP);
        if (path.startsWith("/static/") && response.getStatus().getCode() == 200) {
            headers.set("Cache-Control", "public, max-age=604800");
        }
    }
}
