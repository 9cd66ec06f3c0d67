package vn.hocluat.learning.certificate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.pdf.CertificateCodes;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public verification page, without login: the code form (a plain GET form, so it works
 * without JavaScript) and the answer for a code — valid with exactly what the certificate prints,
 * revoked, or unknown (404). Lookups are rate-limited per client address.
 */
@Hidden
@Controller(CertificateUrls.VERIFY_FORM)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class VerifyController {
    private static final String TEMPLATE = "learning/cert-verify";
    private static final String UNKNOWN_CODE = "hocluat.certificate.unknownCode";

    private final Pages pages;
    private final CertificateService certificates;
    private final VerifyThrottle throttle;
    private final HttpClientAddressResolver addresses;

    VerifyController(Pages pages, CertificateService certificates, VerifyThrottle throttle, HttpClientAddressResolver addresses) {
        this.pages = pages;
        this.certificates = certificates;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    /** The form; with {@code ?code=} (the form submitted) a well-formed code goes on to its page. */
    @Get
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue String code) {
        if (code == null) {
            return page(request, HttpStatus.OK, new HashMap<>());
        }
        Optional<String> normalised = CertificateCodes.normalise(code);
        if (normalised.isPresent()) {
            return Pages.seeOther(CertificateUrls.verify(normalised.get()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("typed", code);
        model.put("codeError", code.isBlank() ? pages.text(request, "cert.verify.codeRequired")
                : pages.text(request, "cert.verify.codeFormat", code.strip()));
        return page(request, HttpStatus.UNPROCESSABLE_ENTITY, model);
    }

    @Get("/{code}")
    HttpResponse<?> verify(HttpRequest<?> request, @PathVariable String code) {
        Map<String, Object> model = new HashMap<>();
        String address = addresses.resolve(request);
        long wait = throttle.minutesToWait(address == null ? "unknown" : address);
        if (wait > 0) {
            model.put("tooMany", pages.text(request, "cert.verify.tooMany", wait));
            return page(request, HttpStatus.TOO_MANY_REQUESTS, model).header("Retry-After", String.valueOf(wait * 60));
        }
        Optional<Certificate> found = CertificateCodes.normalise(code).flatMap(certificates::verify);
        if (found.isEmpty()) {
            request.setAttribute(UNKNOWN_CODE, code);
            return HttpResponse.notFound();
        }
        model.put("cert", found.get());
        return page(request, HttpStatus.OK, model);
    }

    /**
     * The answer for an unknown code. Micronaut hands every 404 a route returns to a status route
     * (a body of our own would be replaced by the global error page); this one, local to the
     * controller, keeps the explanation and the form to try again.
     */
    @Error(status = HttpStatus.NOT_FOUND)
    HttpResponse<?> unknownCode(HttpRequest<?> request) {
        String code = request.getAttribute(UNKNOWN_CODE, String.class).orElse("");
        Map<String, Object> model = new HashMap<>();
        model.put("notFound", pages.text(request, "cert.verify.notFound", code.length() > 40 ? code.substring(0, 40) + "…" : code));
        return page(request, HttpStatus.NOT_FOUND, model);
    }

    private MutableHttpResponse<String> page(HttpRequest<?> request, HttpStatus status, Map<String, Object> model) {
        model.putIfAbsent("typed", "");
        // the answer for a code is for the person holding the paper, not for search engines
        return pages.render(status, request, TEMPLATE, model).header("X-Robots-Tag", "noindex");
    }
}
