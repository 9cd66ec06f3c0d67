package vn.hocluat.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import vn.hocluat.platform.web.ErrorResponses;
import vn.hocluat.platform.web.Pages;

/** Bearer tokens for the /api/v1 integration API. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "auth")
class TokenApi {
    private final Authenticator authenticator;
    private final AccessRefreshTokenGenerator tokens;
    private final HttpClientAddressResolver addressResolver;
    private final Pages pages;

    TokenApi(Authenticator authenticator, AccessRefreshTokenGenerator tokens,
             HttpClientAddressResolver addressResolver, Pages pages) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.addressResolver = addressResolver;
        this.pages = pages;
    }

    @Serdeable
    record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    @Operation(summary = "Exchange a username and password for a bearer token (access_token)")
    @Post("/token")
    HttpResponse<?> token(HttpRequest<?> request, @Body Credentials credentials) {
        Authenticator.Result result = authenticator.authenticate(credentials.username(), credentials.password(),
                addressResolver.resolve(request));
        if (!result.ok()) {
            String message = pages.text(request, "login.error." + result.refusal().name().toLowerCase(), result.waitMinutes());
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(new ErrorResponses.ApiError(message));
        }
        AccessRefreshToken token = tokens.generate(result.authentication()).orElseThrow();
        return HttpResponse.ok(token);
    }
}
