package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import vn.hocluat.assessment.bank.ApiBodies.FieldErrorsJson;
import vn.hocluat.assessment.bank.ApiBodies.QuestionJson;
import vn.hocluat.assessment.bank.ApiBodies.QuestionListJson;
import vn.hocluat.assessment.bank.ApiBodies.QuestionRequest;
import vn.hocluat.assessment.bank.ApiBodies.QuestionSummaryJson;
import vn.hocluat.assessment.question.Difficulty;
import vn.hocluat.assessment.question.QuestionContent;
import vn.hocluat.assessment.question.QuestionType;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.net.URI;

/** The questions of a bank over JSON, with their versioned content (QuestionContent). */
@Controller("/api/v1/banks/{bankId}/questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "question banks")
class QuestionApi {
    private final QuestionService questions;
    private final Pages pages;

    QuestionApi(QuestionService questions, Pages pages) {
        this.questions = questions;
        this.pages = pages;
    }

    @Operation(operationId = "listQuestions", summary = "Questions of a bank in creation order, filtered",
            description = "category matches itself and its sub-categories (\"A/B\" matches \"A/B/C\"); q searches title and text without diacritics.")
    @Get
    QuestionListJson list(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long bankId,
                          @Nullable @QueryValue String category, @Nullable @QueryValue Difficulty difficulty,
                          @Nullable @QueryValue QuestionType type, @Nullable @QueryValue String tag,
                          @Nullable @QueryValue String q,
                          @Parameter(description = "1-based page number") @Nullable @QueryValue Integer page,
                          @Parameter(description = "1 to 200, default 50") @Nullable @QueryValue Integer size) {
        CurrentUser user = Requests.user(request);
        Requests.Paging paging = Requests.paging(page, size);
        Paged<QuestionSummary> result = questions.list(user, bankId,
                new QuestionFilter(category, difficulty, type, tag, q, paging.page(), paging.size()));
        return new QuestionListJson(result.items().stream().map(QuestionSummaryJson::of).toList(),
                result.total(), result.page(), result.size());
    }

    @Operation(operationId = "getQuestion", summary = "A question with its current content and its versions")
    @Get("/{id}")
    QuestionJson get(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long bankId, @PathVariable long id) {
        return QuestionJson.of(questions.get(Requests.user(request), bankId, id));
    }

    @Operation(operationId = "getQuestionVersion", summary = "The content of one version of a question")
    @Get("/{id}/versions/{version}")
    QuestionContent version(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long bankId,
                            @PathVariable long id, @PathVariable int version) {
        return questions.version(Requests.user(request), bankId, id, version);
    }

    @Operation(operationId = "createQuestion", summary = "Add a question to a bank (version 1)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = QuestionJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Post
    HttpResponse<QuestionJson> create(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long bankId,
                                      @Body QuestionRequest body) {
        QuestionDetail created = questions.create(Requests.user(request), bankId, body.input());
        return HttpResponse.created(QuestionJson.of(created),
                URI.create("/api/v1/banks/" + bankId + "/questions/" + created.id()));
    }

    @Operation(operationId = "updateQuestion", summary = "Replace a question's state",
            description = "When an attempt used the current version, the new content becomes version n+1; otherwise the current version is corrected in place. The type cannot change.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = QuestionJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Put("/{id}")
    QuestionJson update(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long bankId,
                        @PathVariable long id, @Body QuestionRequest body) {
        return QuestionJson.of(questions.update(Requests.user(request), bankId, id, body.input()));
    }

    @Error(exception = InvalidInputException.class)
    HttpResponse<FieldErrorsJson> invalid(HttpRequest<?> request, InvalidInputException e) {
        return FieldErrorsJson.of(pages, request, e);
    }
}
