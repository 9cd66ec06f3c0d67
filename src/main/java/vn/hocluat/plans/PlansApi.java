package vn.hocluat.plans;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.plans.PlanJson.FieldErrorJson;
import vn.hocluat.plans.PlanJson.FieldErrorsJson;
import vn.hocluat.plans.PlanJson.PlanBody;
import vn.hocluat.plans.PlanJson.PlanSummary;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URI;
import java.util.List;

/** Plans over JSON: list, read, and create from the shape that a read returns (a template plan distributed to communes). */
@Controller("/api/v1/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "plans")
class PlansApi {
    private final PlanService plans;
    private final Pages pages;

    PlansApi(PlanService plans, Pages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @Operation(operationId = "listPlans", summary = "Plans that apply to the caller's unit",
            description = "Plans of units in the caller's subtree and of the units above it (staff only); editable: the caller may change it.")
    @Get
    List<PlanSummary> list(@Parameter(hidden = true) HttpRequest<?> request) {
        CurrentUser user = user(request);
        return plans.list(user).stream().map(p -> new PlanSummary(p.id(), p.unitCode(), p.unitName(), p.docNumber(),
                p.docDate().toString(), p.title(), p.issuer(), p.startsOn().toString(), p.endsOn().toString(),
                plans.editable(user, p))).toList();
    }

    @Operation(operationId = "getPlan", summary = "A plan with its phases and targets (404 unknown, 403 when it does not apply to the caller)")
    @Get("/{id}")
    PlanBody get(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return PlanBody.of(plans.get(user(request), id));
    }

    @Operation(operationId = "createPlan", summary = "Create a plan with its phases and targets (ADMIN, MANAGER of the unit or above)",
            description = "The body has the shape GET /api/v1/plans/{id} returns; ids are ignored. All or nothing: 422 with the errors of every field.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PlanBody.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Post
    HttpResponse<PlanBody> create(@Parameter(hidden = true) HttpRequest<?> request, @Body PlanBody body) {
        Plan created = plans.create(user(request), body);
        return HttpResponse.created(PlanBody.of(created), URI.create("/api/v1/plans/" + created.id()));
    }

    @Error(exception = FormInvalid.class)
    HttpResponse<FieldErrorsJson> invalid(HttpRequest<?> request, FormInvalid e) {
        return HttpResponse.<FieldErrorsJson>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new FieldErrorsJson(
                e.errors().stream().map(err -> new FieldErrorJson(err.field(),
                        pages.text(request, err.key(), err.args()))).toList()));
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
