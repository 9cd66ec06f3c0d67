package vn.hocluat.contest.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.hocluat.platform.web.ErrorResponses;
import vn.hocluat.platform.web.Pages;

import java.util.Map;
import java.util.Set;

/**
 * Admission control of the contest routes (public pages under /thi and the API): at most
 * {@link Admission}'s permits in progress (registration and sign-in in a small pool of their own);
 * over it, after a short wait, 503 with Retry-After and a
 * short Vietnamese page (JSON {@code {"message"}} under /api/). It runs first (after the request id)
 * so that a refused request costs almost nothing. The filter holds its place until the response is
 * made, so it runs on the blocking executor, never on the event loop.
 */
@ServerFilter({"/thi", "/thi/**", "/api/v1/contests", "/api/v1/contests/**"})
class AdmissionFilter implements Ordered {
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

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    MutableHttpResponse<?> admit(HttpRequest<?> request, FilterContinuation<MutableHttpResponse<?>> next) {
        boolean expensive = expensive(request);
        if (!admission.enter(expensive)) {
            return busy(request);
        }
        try {
            return next.proceed();
        } finally {
            admission.leave(expensive);
        }
    }

    /** Registration and sign-in posts, page or API: they hash the sign-in code (Argon2id). */
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
