package vn.hocluat.assessment.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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
import vn.hocluat.assessment.quiz.QuizApiBodies.FieldErrorJson;
import vn.hocluat.assessment.quiz.QuizApiBodies.FieldErrorsJson;
import vn.hocluat.assessment.quiz.QuizApiBodies.QuizJson;
import vn.hocluat.assessment.quiz.QuizApiBodies.QuizListJson;
import vn.hocluat.assessment.quiz.QuizApiBodies.QuizRequest;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URI;

/** Quiz definitions over JSON, with the same scope rules as the pages. */
@Controller("/api/v1/quizzes")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "quizzes")
class QuizApi {
    private final QuizService quizzes;
    private final Pages pages;

    QuizApi(QuizService quizzes, Pages pages) {
        this.quizzes = quizzes;
        this.pages = pages;
    }

    @Operation(operationId = "listQuizzes", summary = "Quizzes of the caller's subtree (authors), or with available=true those the caller may take")
    @Get
    QuizListJson list(@Parameter(hidden = true) HttpRequest<?> request, @Nullable @QueryValue Boolean available) {
        CurrentUser user = user(request);
        return new QuizListJson(Boolean.TRUE.equals(available) ? quizzes.available(user) : quizzes.managed(user));
    }

    @Operation(operationId = "getQuiz", summary = "A quiz definition (authors of its subtree; 404 unknown, 403 outside)")
    @Get("/{id}")
    QuizJson get(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return QuizJson.of(quizzes.get(user(request), id));
    }

    @Operation(operationId = "createQuiz", summary = "Create a quiz (ADMIN, MANAGER, TRAINER, ORGANISER; banks of the caller's subtree)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = QuizJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields, e.g. rules[0].count when the bank has too few questions",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Post
    HttpResponse<QuizJson> create(@Parameter(hidden = true) HttpRequest<?> request, @Body QuizRequest body) {
        CurrentUser user = user(request);
        long id = quizzes.create(user, body.input());
        return HttpResponse.created(QuizJson.of(quizzes.get(user, id)), URI.create("/api/v1/quizzes/" + id));
    }

    @Operation(operationId = "updateQuiz", summary = "Replace a quiz definition; attempts already started keep their questions")
    @ApiResponse(responseCode = "422", description = "invalid fields", content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Put("/{id}")
    QuizJson update(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Body QuizRequest body) {
        CurrentUser user = user(request);
        quizzes.update(user, id, body.input());
        return QuizJson.of(quizzes.get(user, id));
    }

    @Error(exception = QuizInvalidException.class)
    HttpResponse<FieldErrorsJson> invalid(HttpRequest<?> request, QuizInvalidException e) {
        return HttpResponse.<FieldErrorsJson>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new FieldErrorsJson(
                e.errors().stream().map(err -> new FieldErrorJson(err.field(), pages.text(request, err.messageKey(), err.args()))).toList()));
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
