package vn.hocluat.org;

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
import vn.hocluat.org.PeopleApiBodies.FieldErrorJson;
import vn.hocluat.org.PeopleApiBodies.FieldErrorsJson;
import vn.hocluat.org.PeopleApiBodies.PersonJson;
import vn.hocluat.org.PeopleApiBodies.PersonListJson;
import vn.hocluat.org.PeopleApiBodies.PersonRequest;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URI;

/** The roster over JSON: list, get, create, update — with the same scope rules as the pages. */
@Controller("/api/v1/people")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "people")
class PeopleApi {
    private final PersonService people;
    private final Pages pages;

    PeopleApi(PersonService people, Pages pages) {
        this.people = people;
        this.pages = pages;
    }

    @Operation(operationId = "listPeople", summary = "People of the caller's unit subtree, by name",
            description = "Active today unless includeInactive; unitId narrows to that unit and its subtree (403 outside the caller's).")
    @Get
    PersonListJson list(@Parameter(hidden = true) HttpRequest<?> request,
                        @Nullable @QueryValue Long unitId, @Nullable @QueryValue AudienceGroup group,
                        @Parameter(description = "diacritics-insensitive name, code or phone") @Nullable @QueryValue String q,
                        @Nullable @QueryValue Boolean includeInactive,
                        @Parameter(description = "1-based page number") @Nullable @QueryValue Integer page,
                        @Parameter(description = "1 to 200, default 50") @Nullable @QueryValue Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? PersonFilter.PAGE_SIZE : size;
        if (p < 1) {
            throw Problem.badRequest("error.badParameter", "page");
        }
        if (s < 1 || s > PersonFilter.MAX_SIZE) {
            throw Problem.badRequest("person.error.pageSize", PersonFilter.MAX_SIZE);
        }
        PersonPage result = people.list(user(request), new PersonFilter(unitId, group, q, null,
                Boolean.TRUE.equals(includeInactive), p, s));
        return new PersonListJson(result.items().stream().map(PersonJson::of).toList(),
                result.total(), result.page(), result.size());
    }

    @Operation(operationId = "getPerson", summary = "One person (404 unknown, 403 outside the caller's subtree)")
    @Get("/{id}")
    PersonJson get(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return PersonJson.of(people.get(user(request), id));
    }

    @Operation(operationId = "createPerson", summary = "Create a person (ADMIN, MANAGER)")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PersonJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Post
    HttpResponse<PersonJson> create(@Parameter(hidden = true) HttpRequest<?> request, @Body PersonRequest body) {
        PersonView created = people.create(user(request), body.input(true, Dates.today()));
        return HttpResponse.created(PersonJson.of(created), URI.create("/api/v1/people/" + created.id()));
    }

    @Operation(operationId = "updatePerson", summary = "Replace a person's facts and groups (ADMIN, MANAGER); a blank code keeps the current one")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PersonJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Put("/{id}")
    PersonJson update(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Body PersonRequest body) {
        return PersonJson.of(people.update(user(request), id, body.input(false, Dates.today())));
    }

    @Error(exception = PersonInvalidException.class)
    HttpResponse<FieldErrorsJson> invalid(HttpRequest<?> request, PersonInvalidException e) {
        return HttpResponse.<FieldErrorsJson>status(HttpStatus.UNPROCESSABLE_ENTITY).body(new FieldErrorsJson(
                e.errors().stream().map(err -> new FieldErrorJson(err.field(),
                        pages.text(request, err.messageKey(), err.args()))).toList()));
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
