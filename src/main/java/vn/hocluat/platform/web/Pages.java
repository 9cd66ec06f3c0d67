package vn.hocluat.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.CsrfConfiguration;
import io.micronaut.security.csrf.generator.CsrfTokenGenerator;
import io.micronaut.security.csrf.repository.CsrfTokenRepository;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a page for a request: the template's own model plus, as {{@…}} data, the locale
 * ({{@lang}}), the signed-in user ({{@user}}), the CSRF token every form must carry ({{@csrf}})
 * and the current path ({{@path}}).
 */
@Singleton
public class Pages {
    private final Templates templates;
    private final Messages messages;
    private final HttpLocaleResolver localeResolver;
    private final CsrfTokenGenerator<HttpRequest<?>> csrfGenerator;
    private final List<CsrfTokenRepository<HttpRequest<?>>> csrfRepositories;
    private final CsrfConfiguration csrfConfiguration;

    public Pages(Templates templates, Messages messages, HttpLocaleResolver localeResolver,
                 CsrfTokenGenerator<HttpRequest<?>> csrfGenerator,
                 List<CsrfTokenRepository<HttpRequest<?>>> csrfRepositories, CsrfConfiguration csrfConfiguration) {
        this.templates = templates;
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.csrfGenerator = csrfGenerator;
        this.csrfRepositories = csrfRepositories;
        this.csrfConfiguration = csrfConfiguration;
    }

    public MutableHttpResponse<String> ok(HttpRequest<?> request, String template, Map<String, ?> model) {
        return render(HttpStatus.OK, request, template, model);
    }

    public MutableHttpResponse<String> render(HttpStatus status, HttpRequest<?> request, String template, Map<String, ?> model) {
        Locale locale = locale(request);
        Optional<String> existing = csrfRepositories.stream()
                .map(r -> r.findCsrfToken(request)).flatMap(Optional::stream).findFirst();
        String csrf = existing.orElseGet(() -> csrfGenerator.generateCsrfToken(request));
        Map<String, Object> data = new HashMap<>();
        data.put("lang", locale.getLanguage());
        data.put("csrf", csrf);
        data.put("path", request.getPath());
        data.put("query", request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
        currentUser(request).ifPresent(u -> data.put("user", u));
        String html = templates.render(template, model, locale, data);
        MutableHttpResponse<String> response = HttpResponse.<String>status(status).body(html)
                .contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Cache-Control", "no-store");
        if (existing.isEmpty()) {
            response.cookie(csrfCookie(csrf));
        }
        return response;
    }

    public Locale locale(HttpRequest<?> request) {
        return Messages.supported(localeResolver.resolveOrDefault(request));
    }

    public String text(HttpRequest<?> request, String key, Object... args) {
        return messages.get(locale(request), key, args);
    }

    public static Optional<CurrentUser> currentUser(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(CurrentUser::of);
    }

    /** The 303 that follows every successful form post. */
    public static MutableHttpResponse<?> seeOther(String url) {
        return HttpResponse.seeOther(URI.create(url));
    }

    private Cookie csrfCookie(String token) {
        Cookie cookie = Cookie.of(csrfConfiguration.getCookieName(), token)
                .path(csrfConfiguration.getCookiePath().orElse("/"))
                .httpOnly(csrfConfiguration.isCookieHttpOnly().orElse(true));
        csrfConfiguration.isCookieSecure().ifPresent(cookie::secure);
        csrfConfiguration.getCookieSameSite().ifPresent(cookie::sameSite);
        return cookie;
    }
}
