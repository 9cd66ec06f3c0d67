package vn.hocluat.contest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.assessment.AttemptSheet;
import vn.hocluat.contest.api.ApiBodies.Answers;
import vn.hocluat.contest.api.ApiBodies.Result;
import vn.hocluat.contest.api.ApiBodies.Started;
import vn.hocluat.contest.play.EntryService;
import vn.hocluat.platform.web.Problem;

import java.net.URI;
import java.util.List;

/**
 * An entrant's play over JSON, with {@code Authorization: Entrant <token>} (401 without a valid
 * one): start or resume an attempt at a round, the sheet (questions without keys while open),
 * autosave with the prediction, submit (a retry returns the same result), and the result with the
 * server-measured duration. Another entrant's attempt is unknown (404).
 */
@Controller("/api/v1/contests")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "contests", description = "Play requires the header `Authorization: Entrant <token>` with the token from registration or sign-in")
class EntryApi {
    private final EntryService entries;
    private final ContestReads contests;
    private final EntrantAuth auth;

    EntryApi(EntryService entries, ContestReads contests, EntrantAuth auth) {
        this.entries = entries;
        this.contests = contests;
        this.auth = auth;
    }

    @Operation(operationId = "startContestAttempt", summary = "Start an attempt at a round (201), or get the entrant's open one (200)",
            description = "404 unknown round or contest; 409 with the reason: not open yet, closed, too young, not resident, no attempts left; 429 too many starts.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = Started.class)))
    @Post("/{slug}/rounds/{roundId}/attempts")
    HttpResponse<Started> start(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable String slug, @PathVariable long roundId) {
        long entrant = auth.entrantId(request);
        if (!contests.roundOf(slug, roundId)) {
            throw Problem.notFound();
        }
        EntryService.Entry entry = entries.start(roundId, entrant, auth.address(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
        Started body = new Started(entry.attemptId(), entry.resumed(), entries.sheet(entry.attemptId(), entrant));
        return entry.resumed() ? HttpResponse.ok(body)
                : HttpResponse.created(body, URI.create("/api/v1/contests/attempts/" + entry.attemptId()));
    }

    @Operation(operationId = "getContestAttempt", summary = "The entrant's attempt: questions and saved responses, seconds left; no keys while the round is open")
    @Get("/attempts/{id}")
    AttemptSheet sheet(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return entries.sheet(id, auth.entrantId(request));
    }

    @Operation(operationId = "saveContestResponses", summary = "Autosave: replace the saved responses and, when given, the prediction (204); 409 once closed")
    @Put("/attempts/{id}/responses")
    HttpResponse<?> save(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Body Answers body) {
        entries.save(id, auth.entrantId(request), body.responses() == null ? List.of() : body.responses(), body.prediction());
        return HttpResponse.noContent();
    }

    @Operation(operationId = "submitContestAttempt", summary = "Submit (responses absent: those saved); a retry returns the same result; after the deadline the saved responses count")
    @Post("/attempts/{id}/submit")
    Result submit(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Nullable @Body Answers body) {
        long entrant = auth.entrantId(request);
        entries.submit(id, entrant, body == null ? null : body.responses(), body == null ? null : body.prediction());
        return Result.of(entries.result(id, entrant));
    }

    @Operation(operationId = "getContestResult", summary = "The attempt's result: score and server-measured duration once finished")
    @Get("/attempts/{id}/result")
    Result result(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return Result.of(entries.result(id, auth.entrantId(request)));
    }
}
