package vn.hocluat.contest.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import vn.hocluat.platform.web.ErrorResponses;
import vn.hocluat.platform.web.Pages;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admission control of the contest routes (public pages under /thi and the API): at most
 * {@link Admission}'s permits in progress (registration and sign-in in a small pool of their own);
 * over it, at once, 503 with Retry-After and a
 * short Vietnamese page (JSON {@code {"message"}} under /api/). It runs first (after the request id)
 * so that a refused request costs almost nothing. The place is held from admission until the
 * response is made (response filter). There is no waiting for a place: a wait needs a thread
 * (Micronaut 4.10's blocking filter continuation breaks the binding of form bodies read by the CSRF
 * filter: an AssertionError in BaseSharedBuffer) or a timer on the event loop; a phone retries
 * after Retry-After instead.
 */
@ServerFilter({"/thi", "/thi/**", "/api/v1/contests", "/api/v1/contests/**"})
class AdmissionFilter implements Ordered {
    static final String HELD = "hocluat.contest.admission";
    static final Set<String> HEAVY = Set.of("/thi/dang-ky", "/thi/dang-nhap", "/thi/dang-nhap/gui-ma",
            "/api/v1/contests/entrants", "/api/v1/contests/sessions");

    private final Admission admission;
    private final Pages pages;
    private final String retryAfter;

    AdmissionFilter(Admission admission, Pages pages,
                    @Value("${hocluat.contest.admission.retry-after-seconds:5}") int retryAfterSeconds) {
        this.admission = admission;
        this.pages = pages;
        this.retryAfter = String.valueOf(retryAfterSeconds);
    }

    /** Admits the request (null: go on) when a place is free, else answers 503 at once; never blocks the event loop. */
    @RequestFilter
    @Nullable
    MutableHttpResponse<?> admit(HttpRequest<?> request) {
        boolean expensive = expensive(request);
        if (!admission.tryEnter(expensive)) {
            return busy(request);
        }
        request.setAttribute(HELD, expensive);
        return null;
    }

    /** Gives the place back once the response is made (also an error response). */
    @ResponseFilter
    void release(HttpRequest<?> request) {
        Optional<Boolean> held = request.getAttribute(HELD, Boolean.class);
        if (held.isPresent()) {
            request.removeAttribute(HELD, Boolean.class);
            admission.leave(held.get());
        }
    }

    /** Registration and sign-in posts, page or API: the pool of new arrivals. */
    static boolean expensive(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST && HEAVY.contains(request.getPath());
    }

    private MutableHttpResponse<?> busy(HttpRequest<?> request) {
        String message = pages.text(request, "contest.api.busy");
        MutableHttpResponse<?> response = ErrorResponses.isApi(request)
                ? HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new ErrorResponses.ApiError(message))
                : pages.render(HttpStatus.SERVICE_UNAVAILABLE, request, "platform/error", Map.of(
                        "status", 503, "title", pages.text(request, "contest.api.busy.title"), "message", message));
        return response.header(HttpHeaders.RETRY_AFTER, retryAfter).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
