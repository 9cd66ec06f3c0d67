package vn.hocluat.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.security.handlers.LoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import vn.hocluat.platform.web.Pages;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The sign-in page. Success sets the JWT cookie (stateless: any node serves the next request). */
@Hidden
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {
    private final Pages pages;
    private final Authenticator authenticator;
    private final LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler;
    private final HttpClientAddressResolver addressResolver;

    LoginController(Pages pages, Authenticator authenticator,
                    LoginHandler<HttpRequest<?>, MutableHttpResponse<?>> loginHandler,
                    HttpClientAddressResolver addressResolver) {
        this.pages = pages;
        this.authenticator = authenticator;
        this.loginHandler = loginHandler;
        this.addressResolver = addressResolver;
    }

    @Serdeable
    record LoginForm(@Nullable String username, @Nullable String password, @Nullable String next) {
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @Nullable @QueryValue String next) {
        return form(request, HttpStatus.OK, "", next, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        Authenticator.Result result = authenticator.authenticate(form.username(), form.password(),
                addressResolver.resolve(request));
        if (!result.ok()) {
            String error = pages.text(request, "login.error." + result.refusal().name().toLowerCase(), result.waitMinutes());
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, form.username(), form.next(), error);
        }
        MutableHttpResponse<?> response = loginHandler.loginSuccess(result.authentication(), request);
        if (isLocalPath(form.next())) {
            response.status(HttpStatus.SEE_OTHER).getHeaders().location(URI.create(form.next()));
        }
        return response;
    }

    private HttpResponse<?> form(HttpRequest<?> request, HttpStatus status, String username, String next, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("username", username == null ? "" : username);
        model.put("next", isLocalPath(next) ? next : "");
        model.put("error", error);
        return pages.render(status, request, "account/login", model);
    }

    /** Only same-site paths, so the login page cannot be used to redirect elsewhere. */
    static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\");
    }
}
