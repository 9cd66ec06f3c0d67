package vn.hocluat.learning.xapi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import vn.hocluat.learning.xapi.XapiJson.Statement;
import vn.hocluat.learning.xapi.XapiJson.StatementResult;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.PublicUrl;

import java.util.List;

/** The learning records of the caller's subtree as xAPI statements, for provincial learning-record stores. */
@Controller("/api/v1/xapi")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "xapi")
class XapiApi {
    static final String PATH = "/api/v1/xapi/statements";

    private final StatementFeed feed;
    private final StatementShapes shapes;
    private final PublicUrl publicUrl;

    XapiApi(StatementFeed feed, StatementShapes shapes, PublicUrl publicUrl) {
        this.feed = feed;
        this.shapes = shapes;
        this.publicUrl = publicUrl;
    }

    @Operation(operationId = "listXapiStatements", summary = "xAPI 1.0.3 statements of the caller's unit subtree (ADMIN, MANAGER)",
            description = "Enrolments (registered), lessons done (experienced), quiz results (passed/failed) and course "
                    + "completions (completed) of learners whose unit lies in the caller's subtree, in the order they were "
                    + "stored. Poll with since = the last statement number seen; \"more\" is the next page's address, or \"\" "
                    + "when there is none yet.",
            responses = {
                @ApiResponse(responseCode = "200", description = "a StatementResult",
                        content = @Content(schema = @Schema(implementation = StatementResult.class))),
                @ApiResponse(responseCode = "400", description = "since negative or limit outside 1–500"),
                @ApiResponse(responseCode = "403", description = "not a manager or admin")})
    @Get("/statements")
    HttpResponse<StatementResult> statements(@Parameter(hidden = true) HttpRequest<?> request,
                                             @Parameter(description = "return statements stored after this statement number (default 0)")
                                             @Nullable @QueryValue Long since,
                                             @Parameter(description = "at most this many statements, 1 to 500 (default 100)")
                                             @Nullable @QueryValue Integer limit) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        long after = since == null ? 0 : since;
        if (after < 0) {
            throw Problem.badRequest("error.badParameter", "since");
        }
        int n = limit == null ? StatementFeed.DEFAULT_LIMIT : limit;
        if (n < 1 || n > StatementFeed.MAX_LIMIT) {
            throw Problem.badRequest("xapi.error.limit", StatementFeed.MAX_LIMIT);
        }
        List<StatementRow> rows = feed.after(user, after, n);
        List<StatementRow> page = rows.size() > n ? rows.subList(0, n) : rows;
        String home = home(request);
        List<Statement> statements = page.stream().map(r -> shapes.shape(r, home)).toList();
        String more = rows.size() > n
                ? PATH + "?since=" + page.get(page.size() - 1).id() + (limit == null ? "" : "&limit=" + n)
                : "";
        return HttpResponse.ok(new StatementResult(statements, more)).header("X-Experience-API-Version", StatementShapes.VERSION);
    }

    /** The configured public address, else the scheme and host the request came to; no trailing slash. */
    private String home(HttpRequest<?> request) {
        return publicUrl.base(request);
    }
}
