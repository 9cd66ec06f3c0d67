package vn.hocluat.assessment.attempt;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.assessment.AttemptService;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.assessment.QuizStatus;
import vn.hocluat.assessment.Response;
import vn.hocluat.assessment.Taker;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URI;
import java.util.List;

/**
 * The signed-in account's attempts over JSON. While an attempt is open it shows only the questions
 * and the caller's responses (options by displayed position); the key appears only as review allows.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "attempts")
class AttemptApi {
    private final AttemptService attempts;
    private final QuizService quizzes;

    AttemptApi(AttemptService attempts, QuizService quizzes) {
        this.attempts = attempts;
        this.quizzes = quizzes;
    }

    /** Responses by displayed question position (index 0 = question 1). */
    @Serdeable
    @Schema(name = "Responses")
    record ResponsesJson(@Nullable List<Response> responses) {
    }

    @Operation(operationId = "quizStatus", summary = "The caller's attempts at a quiz, attempts left, whether they may start, their grade as review allows")
    @Get("/quizzes/{id}/status")
    QuizStatus status(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = taker(request, id);
        return attempts.status(id, Taker.account(user.accountId()));
    }

    @Operation(operationId = "startAttempt", summary = "Start an attempt (201), or get the caller's open one (200); 409 when the quiz is not open, no attempts are left or the delay has not passed")
    @Post("/quizzes/{id}/attempts")
    HttpResponse<AttemptSheet> start(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = taker(request, id);
        Taker taker = Taker.account(user.accountId());
        var started = attempts.start(id, taker, request.getRemoteAddress().getAddress().getHostAddress(),
                request.getHeaders().get("User-Agent"));
        AttemptSheet sheet = attempts.sheet(started.attemptId(), taker);
        return started.resumed() ? HttpResponse.ok(sheet)
                : HttpResponse.created(sheet, URI.create("/api/v1/attempts/" + started.attemptId()));
    }

    @Operation(operationId = "getAttempt", summary = "The caller's attempt as they may see it (404 for anybody else's)")
    @Get("/attempts/{id}")
    AttemptSheet get(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return attempts.sheet(id, account(request));
    }

    @Operation(operationId = "saveResponses", summary = "Replace the saved responses of the caller's open attempt (204); 409 once closed")
    @Put("/attempts/{id}/responses")
    HttpResponse<?> save(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Body ResponsesJson body) {
        attempts.save(id, account(request), body.responses() == null ? List.of() : body.responses());
        return HttpResponse.noContent();
    }

    @Operation(operationId = "submitAttempt", summary = "Submit the caller's attempt (responses absent: those saved); a retry returns the same result")
    @Post("/attempts/{id}/submit")
    AttemptSheet submit(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Nullable @Body ResponsesJson body) {
        return attempts.submit(id, account(request), body == null ? null : body.responses());
    }

    private CurrentUser taker(HttpRequest<?> request, long quizId) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        if (!quizzes.access(user, quizId).take()) {
            throw Problem.forbidden();
        }
        return user;
    }

    private static Taker account(HttpRequest<?> request) {
        return Taker.account(Pages.currentUser(request).orElseThrow(Problem::forbidden).accountId());
    }
}
