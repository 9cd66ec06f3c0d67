package vn.hocluat.contest.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.contest.api.ApiBodies.ContestDetail;
import vn.hocluat.contest.api.ApiBodies.ContestList;
import vn.hocluat.contest.api.ApiBodies.FieldErrorJson;
import vn.hocluat.contest.api.ApiBodies.FieldErrorsJson;
import vn.hocluat.contest.api.ApiBodies.Registered;
import vn.hocluat.contest.api.ApiBodies.Registration;
import vn.hocluat.contest.api.ApiBodies.SignIn;
import vn.hocluat.contest.api.ApiBodies.Token;
import vn.hocluat.contest.entrant.Entrant;
import vn.hocluat.contest.entrant.EntrantInput;
import vn.hocluat.contest.entrant.EntrantService;
import vn.hocluat.contest.entrant.EntrantThrottle;
import vn.hocluat.contest.entrant.Phones;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.ErrorResponses;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The public contest API (for a mobile app or a Zalo mini-app): published contests, registration
 * and sign-in of entrants with the same checks and rate limits as the pages. Play is in {@link EntryApi}.
 */
@Controller("/api/v1/contests")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "contests")
class ContestApi {
    static final String RETRY_AFTER = "600";

    private final ContestReads contests;
    private final EntrantService entrants;
    private final EntrantThrottle throttle;
    private final EntrantAuth auth;
    private final ErrorResponses errors;
    private final Pages pages;

    ContestApi(ContestReads contests, EntrantService entrants, EntrantThrottle throttle, EntrantAuth auth,
               ErrorResponses errors, Pages pages) {
        this.contests = contests;
        this.entrants = entrants;
        this.throttle = throttle;
        this.auth = auth;
        this.errors = errors;
        this.pages = pages;
    }

    @Operation(operationId = "listContests", summary = "Published contests, newest first")
    @Get
    ContestList list() {
        return new ContestList(contests.published());
    }

    @Operation(operationId = "getContest", summary = "A published contest with its rounds and the current round (404 for an unknown or unpublished one)")
    @Get("/{slug}")
    ContestDetail get(@PathVariable String slug) {
        return contests.bySlug(slug).orElseThrow(Problem::notFound);
    }

    @Operation(operationId = "registerEntrant", summary = "Register an entrant (one per phone); the answer shows the sign-in code once and an entrant token",
            description = "The same checks as the registration page: 422 with the error of every field (a taken phone too); 429 when the address registered too many.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Registered.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields", content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Post("/entrants")
    MutableHttpResponse<?> register(@Parameter(hidden = true) HttpRequest<?> request, @Body Registration body) {
        String address = auth.address(request);
        if (!throttle.registration(address)) {
            return tooMany(request, "entrant.tooMany.register");
        }
        Map<String, Object> form = new HashMap<>();
        form.put("phone", body.phone());
        form.put("fullName", body.fullName());
        form.put("birthDate", body.birthDate());
        form.put("unitId", body.unitId() == null ? "" : body.unitId().toString());
        form.put("idNumber", body.idNumber());
        form.put("email", body.email());
        form.put("consent", Boolean.TRUE.equals(body.consent()) ? "on" : "");
        EntrantService.Registered done = entrants.register(EntrantInput.check(form, true, ""), address);
        return HttpResponse.created(new Registered(done.id(), done.code(), auth.token(done.id())),
                        URI.create("/api/v1/contests/entrants/" + done.id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Operation(operationId = "signInEntrant", summary = "Sign in with phone, birth date and the code given at registration: an entrant token",
            description = "422 when they do not match; 429 after too many failures for the phone or the address.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Token.class)))
    @Post("/sessions")
    MutableHttpResponse<?> signIn(@Parameter(hidden = true) HttpRequest<?> request, @Body SignIn body) {
        String address = auth.address(request);
        String phone = Phones.normalise(body.phone()).orElse("");
        if (!throttle.signInAllowed(phone, address)) {
            return tooMany(request, "entrant.tooMany.signIn");
        }
        Optional<LocalDate> birth = Dates.parse(body.birthDate());
        Optional<Entrant> found = phone.isEmpty() || birth.isEmpty() || body.code() == null ? Optional.empty()
                : entrants.signIn(phone, birth.get(), body.code());
        if (found.isEmpty()) {
            throttle.signInFailed(phone, address);
            return errors.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "entrant.signIn.failed");
        }
        return HttpResponse.ok(new Token(found.get().id(), auth.token(found.get().id())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Error(exception = FormInvalid.class)
    HttpResponse<FieldErrorsJson> invalid(HttpRequest<?> request, FormInvalid e) {
        return HttpResponse.<FieldErrorsJson>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new FieldErrorsJson(
                pages.text(request, "contest.api.invalid"),
                e.errors().stream().map(err -> new FieldErrorJson(err.field(), pages.text(request, err.key(), err.args()))).toList()));
    }

    private MutableHttpResponse<?> tooMany(HttpRequest<?> request, String key) {
        return errors.respond(request, HttpStatus.TOO_MANY_REQUESTS, key).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
    }
}
