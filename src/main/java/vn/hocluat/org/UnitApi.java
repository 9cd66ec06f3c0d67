package vn.hocluat.org;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.org.PeopleApiBodies.FieldErrorJson;
import vn.hocluat.org.PeopleApiBodies.FieldErrorsJson;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** JSON API of the unit tree for provincial and national systems; every call acts within the caller's subtree. */
@Controller("/api/v1/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "units", description = "Administrative units and agencies (nation → province → commune/ward/special zone → village)")
class UnitApi {
    private static final int MAX_SIZE = 500;
    private final UnitService service;
    private final UnitImportService importer;
    private final Pages pages;

    UnitApi(UnitService service, UnitImportService importer, Pages pages) {
        this.service = service;
        this.importer = importer;
        this.pages = pages;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Unit")
    record UnitJson(long id, String code, String name, UnitKind kind, @Nullable Long parentId, int depth,
                    @Nullable Boolean urban, @Nullable Integer population) {
        static UnitJson of(Unit u) {
            return new UnitJson(u.id(), u.code(), u.name(), u.kind(), u.parentId(), u.depth(), u.urban(), u.population());
        }

        static UnitJson of(UnitRow r) {
            return new UnitJson(r.id(), r.code(), r.name(), r.kind(), r.parentId(), r.depth(), r.urban(), r.population());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "UnitList")
    record UnitList(List<UnitJson> items, long total, int page, int size) {
    }

    /** A unit to create (parentId required) or the new values of a unit (parentId ignored; code may be left out to keep it). */
    @Serdeable
    @Schema(name = "UnitRequest")
    record UnitBody(@Nullable Long parentId, @Nullable String code, @Nullable String name, @Nullable String kind,
                    @Nullable Boolean urban, @Nullable Integer population) {
        UnitInput input(String currentCode) {
            return new UnitInput(code == null ? currentCode : code, name, kind, urban == null ? "" : urban.toString(),
                    population == null ? "" : population.toString());
        }
    }

    /** 422 of an import: every bad row. */
    @Serdeable
    @Schema(name = "RowErrors")
    record RowErrors(List<RowError> errors) {
    }

    @Operation(summary = "List units: children of parentId, units of its subtree matching q (name without diacritics, or code), "
            + "or, with neither, the caller's whole subtree in tree order")
    @Get("{?parentId,q,page,size}")
    UnitList list(HttpRequest<?> request, @Nullable @QueryValue Long parentId, @Nullable @QueryValue String q,
                  @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        int p = page == null || page < 0 ? 0 : page;
        int s = size == null || size < 1 ? 50 : Math.min(size, MAX_SIZE);
        UnitService.UnitPage found = service.list(user(request), parentId, q, p, s);
        return new UnitList(found.rows().stream().map(UnitJson::of).toList(), found.total(), p, s);
    }

    @Operation(summary = "One unit of the caller's subtree")
    @ApiResponse(responseCode = "404", description = "unknown unit")
    @ApiResponse(responseCode = "403", description = "outside the caller's subtree")
    @Get("/{id}")
    UnitJson get(HttpRequest<?> request, @PathVariable long id) {
        return UnitJson.of(service.get(user(request), id));
    }

    @Operation(summary = "Create a unit under parentId (ADMIN, MANAGER)")
    @ApiResponse(responseCode = "201", description = "created")
    @ApiResponse(responseCode = "422", description = "invalid values: {\"errors\":[{\"field\":…,\"message\":…}]}")
    @Post
    HttpResponse<?> create(HttpRequest<?> request, @Body UnitBody body) {
        if (body.parentId() == null) {
            return invalid(request, new UnitInvalidException(Map.of("parentId", "unit.error.parent")));
        }
        try {
            Unit u = service.create(user(request), body.parentId(), body.input(null));
            return HttpResponse.created(UnitJson.of(u), URI.create("/api/v1/units/" + u.id()));
        } catch (UnitInvalidException e) {
            return invalid(request, e);
        }
    }

    @Operation(summary = "Change a unit's code, name, kind, urban flag and population (ADMIN, MANAGER); units are not moved")
    @ApiResponse(responseCode = "422", description = "invalid values: {\"errors\":[{\"field\":…,\"message\":…}]}")
    @Put("/{id}")
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body UnitBody body) {
        CurrentUser user = user(request);
        try {
            return HttpResponse.ok(UnitJson.of(service.update(user, id, body.input(service.get(user, id).code()))));
        } catch (UnitInvalidException e) {
            return invalid(request, e);
        }
    }

    @Operation(summary = "Import units from CSV or XLSX (multipart field \"file\"), all or nothing; returns {\"created\":n,\"updated\":m}")
    @ApiResponse(responseCode = "422", description = "every bad row: {\"errors\":[{\"row\":N,\"column\":…,\"message\":…}]}; nothing written")
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importFile(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = user(request);
        try {
            if (file == null) {
                return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                        .body(new RowErrors(List.of(new RowError(0, null, pages.text(request, "file.missing")))));
            }
            return HttpResponse.ok(importer.importFile(user, file.getFilename(), file.getBytes(), pages.locale(request)));
        } catch (UnitImportService.ImportRejected e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new RowErrors(e.errors()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<?> invalid(HttpRequest<?> request, UnitInvalidException e) {
        List<FieldErrorJson> errors = e.errors().entrySet().stream()
                .map(f -> new FieldErrorJson(f.getKey(), pages.text(request, f.getValue()))).toList();
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new FieldErrorsJson(errors));
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
