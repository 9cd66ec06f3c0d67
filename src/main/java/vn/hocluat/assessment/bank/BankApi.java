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
import vn.hocluat.assessment.bank.ApiBodies.BankJson;
import vn.hocluat.assessment.bank.ApiBodies.BankListJson;
import vn.hocluat.assessment.bank.ApiBodies.BankRequest;
import vn.hocluat.assessment.bank.ApiBodies.FieldErrorsJson;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.net.URI;

/** Question banks over JSON: list, get, create, update — the same scope rules as the pages. */
@Controller("/api/v1/banks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "question banks")
class BankApi {
    private final BankService banks;
    private final Pages pages;

    BankApi(BankService banks, Pages pages) {
        this.banks = banks;
        this.pages = pages;
    }

    @Operation(operationId = "listBanks", summary = "Question banks of the caller's unit subtree, by unit then name")
    @Get
    BankListJson list(@Parameter(hidden = true) HttpRequest<?> request,
                      @Parameter(description = "1-based page number") @Nullable @QueryValue Integer page,
                      @Parameter(description = "1 to 200, default 50") @Nullable @QueryValue Integer size) {
        CurrentUser user = Requests.user(request);
        Requests.Paging paging = Requests.paging(page, size);
        Paged<BankView> result = banks.list(user, paging.page(), paging.size());
        return new BankListJson(result.items().stream().map(BankJson::of).toList(), result.total(), result.page(), result.size());
    }

    @Operation(operationId = "getBank", summary = "One bank (404 unknown, 403 outside the caller's subtree)")
    @Get("/{id}")
    BankJson get(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id) {
        return BankJson.of(banks.get(Requests.user(request), id));
    }

    @Operation(operationId = "createBank", summary = "Create a bank owned by a unit of the caller's subtree")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BankJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Post
    HttpResponse<BankJson> create(@Parameter(hidden = true) HttpRequest<?> request, @Body BankRequest body) {
        BankView created = banks.create(Requests.user(request), body.input());
        return HttpResponse.created(BankJson.of(created), URI.create("/api/v1/banks/" + created.id()));
    }

    @Operation(operationId = "updateBank", summary = "Rename, describe or move a bank (within the caller's subtree)")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BankJson.class)))
    @ApiResponse(responseCode = "422", description = "invalid fields",
            content = @Content(schema = @Schema(implementation = FieldErrorsJson.class)))
    @Put("/{id}")
    BankJson update(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @Body BankRequest body) {
        return BankJson.of(banks.update(Requests.user(request), id, body.input()));
    }

    @Error(exception = InvalidInputException.class)
    HttpResponse<FieldErrorsJson> invalid(HttpRequest<?> request, InvalidInputException e) {
        return FieldErrorsJson.of(pages, request, e);
    }
}
