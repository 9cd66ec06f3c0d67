package vn.hocluat.contest.stats;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.RateLimit;
import vn.hocluat.platform.web.Pages;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public verification page of a participation certificate (GET /thi/chung-nhan/{code}, the QR
 * code's address): what the certificate prints, or 404 with an explanation. Lookups are limited per
 * client address like the learning certificates' (a burst of 30, then 3 a minute).
 */
@Hidden
@Controller("/thi/chung-nhan")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ParticipationVerifyController {
    private static final String TEMPLATE = "contest/cert-verify";

    private final Pages pages;
    private final ParticipationService certificates;
    private final HttpClientAddressResolver addresses;
    private final RateLimit lookups = new RateLimit(30, Duration.ofMinutes(10));

    ParticipationVerifyController(Pages pages, ParticipationService certificates, HttpClientAddressResolver addresses) {
        this.pages = pages;
        this.certificates = certificates;
        this.addresses = addresses;
    }

    @Get("/{code}")
    HttpResponse<?> verify(HttpRequest<?> request, @PathVariable String code) {
        String address = addresses.resolve(request);
        if (!lookups.take(address == null ? "unknown" : address)) {
            return page(request, HttpStatus.TOO_MANY_REQUESTS, "contest.stats.cert.tooMany").header("Retry-After", "60");
        }
        Optional<Participation> found = certificates.verify(code);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("cert", found.get());
        model.put("rounds", found.get().roundList());
        return pages.render(HttpStatus.OK, request, TEMPLATE, model).header("X-Robots-Tag", "noindex");
    }

    /** Micronaut hands a route's 404 to a status route; this one, local to the controller, explains the unknown code. */
    @Error(status = HttpStatus.NOT_FOUND)
    HttpResponse<?> unknown(HttpRequest<?> request) {
        return page(request, HttpStatus.NOT_FOUND, "contest.stats.cert.unknown");
    }

    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, String key) {
        Map<String, Object> model = new HashMap<>();
        model.put("message", pages.text(request, key));
        return pages.render(status, request, TEMPLATE, model).header("X-Robots-Tag", "noindex");
    }
}
