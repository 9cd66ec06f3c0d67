package vn.hocluat.platform.logging;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id that every log line written while serving it carries (MDC key
 * {@code requestId}) and that the response returns in {@code X-Request-Id}: the proxy's id when it
 * sends a safe one (so proxy and application logs join), otherwise a new one. The id travels in
 * Micronaut's propagated context, so it follows the request onto the blocking executor.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = "hocluat.requestId";
    // ids end up in log lines and headers: short, and nothing that could forge a line or a header
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = request.getHeaders().get(HEADER);
        if (id == null || !SAFE.matcher(id).matches()) {
            id = newId();
        }
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    static String newId() {
        return String.format("%016x", ThreadLocalRandom.current().nextLong());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
