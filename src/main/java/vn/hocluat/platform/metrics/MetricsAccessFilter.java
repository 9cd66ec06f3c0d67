package vn.hocluat.platform.metrics;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards /prometheus: when HOCLUAT_METRICS_TOKEN is set, a scrape must send
 * {@code Authorization: Bearer <token>}; when it is empty (development) the endpoint is open and a
 * warning says so outside the dev and test environments. Metrics carry no personal data, but request counts per page and
 * pool sizes are nobody's business outside the operators.
 */
@ServerFilter("/prometheus")
class MetricsAccessFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsAccessFilter.class);
    private final byte[] expected;

    MetricsAccessFilter(@Value("${hocluat.metrics.token:}") String token, Environment environment) {
        this.expected = token.isBlank() ? null : ("Bearer " + token.trim()).getBytes(StandardCharsets.UTF_8);
        boolean development = environment.getActiveNames().contains("dev") || environment.getActiveNames().contains(Environment.TEST);
        if (expected == null && !development) {
            LOG.warn("/prometheus is open to anyone who can reach this server: set HOCLUAT_METRICS_TOKEN in production");
        }
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        if (expected == null) {
            return null;
        }
        String given = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return HttpResponse.unauthorized().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
    }

    @Override
    public int getOrder() {
        // before the security filter, which would otherwise try to read the token as a login JWT
        return ServerFilterPhase.SECURITY.before();
    }
}
