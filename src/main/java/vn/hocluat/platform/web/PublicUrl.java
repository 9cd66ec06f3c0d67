package vn.hocluat.platform.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

/**
 * The address people reach this installation at, for links that leave the page (certificate QR
 * codes, xAPI identifiers): {@code hocluat.public-url} when set, else the scheme and host the
 * request came in on. Never ends with '/'.
 */
@Singleton
public class PublicUrl {
    private final String configured;
    private final HttpHostResolver hosts;

    PublicUrl(@Value("${hocluat.public-url:}") String configured, HttpHostResolver hosts) {
        this.configured = configured == null ? "" : configured.trim().replaceAll("/+$", "");
        this.hosts = hosts;
    }

    public String base(HttpRequest<?> request) {
        return configured.isEmpty() ? hosts.resolve(request).replaceAll("/+$", "") : configured;
    }
}
