package vn.hocluat.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import vn.hocluat.platform.web.ErrorResponses;

import java.util.Set;

/**
 * Refuses a form post (url-encoded or multipart) outside /api/ unless its csrfToken field matches
 * the signed token in the csrfToken cookie (double-submit, validated by micronaut-security-csrf).
 * <p>
 * It replaces that module's own filter, which runs after the (legacy) SecurityFilter and, while
 * it waits for the body, makes every 4xx page a controller returns fail with an NPE inside
 * Micronaut's filter chain (seen with core 4.10.16 / security 4.15). Running before the security
 * filter, with the body bound by the framework, avoids that path.
 */
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = "^(?!/api/).*$")
class FormCsrfFilter implements Ordered {
    static final String FIELD = "csrfToken";
    private static final Set<HttpMethod> UNSAFE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final CsrfTokenValidator<HttpRequest<?>> validator;
    private final ErrorResponses errors;

    FormCsrfFilter(CsrfTokenValidator<HttpRequest<?>> validator, ErrorResponses errors) {
        this.validator = validator;
        this.errors = errors;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request, @Nullable @Body byte[] body) {
        if (!UNSAFE.contains(request.getMethod())) {
            return null;
        }
        MediaType type = request.getContentType().orElse(null);
        String token = null;
        if (type != null && type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            token = FormFields.urlEncoded(body, FIELD);
        } else if (type != null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            token = FormFields.multipart(body, type.getParameters().get("boundary").orElse(null), FIELD);
        } else if (type != null) {
            // JSON or other bodies cannot be sent cross-site by a plain HTML form; pages only post forms
            return null;
        }
        if (token != null && validator.validateCsrfToken(request, token)) {
            return null;
        }
        return errors.respond(request, HttpStatus.FORBIDDEN, "error.formExpired");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
