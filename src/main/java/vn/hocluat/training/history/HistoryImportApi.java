package vn.hocluat.training.history;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.org.rosterimport.Upload;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.List;

/** The training history imports for integrations: the same all-or-nothing imports as the pages, answered in JSON. */
@Controller("/api/v1/training")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "training")
class HistoryImportApi {
    private final Pages pages;
    private final HistoryImportService service;

    HistoryImportApi(Pages pages, HistoryImportService service) {
        this.pages = pages;
        this.service = service;
    }

    /**
     * What a written import did: records (activities, or completions) created, updated and unchanged;
     * for activities also the participant rows written.
     */
    @Serdeable
    record ImportCounts(int created, int updated, int unchanged, int participants) {
    }

    /** Every problem of a refused import (nothing was written): row 0 is the file as a whole, row 1 the header. */
    @Serdeable
    record ImportErrors(List<RowError> errors) {
    }

    @Post(value = "/activities/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPastActivities", summary = "Import past training activities with attendance (CSV UTF-8 or XLSX), all or nothing",
            description = "Multipart field `file`, one row per participant; columns as in the template at "
                    + "/activities/import/template.xlsx. Rows with the same activity key make one activity, matched on "
                    + "(organising unit, key) on re-import. Any bad row refuses the whole file (422) with every problem listed; "
                    + "re-importing an unchanged file reports every activity unchanged. Trainers, managers, administrators.")
    @ApiResponse(responseCode = "200", description = "Written",
            content = @Content(schema = @Schema(implementation = ImportCounts.class)))
    @ApiResponse(responseCode = "422", description = "Refused, nothing written",
            content = @Content(schema = @Schema(implementation = ImportErrors.class)))
    @ApiResponse(responseCode = "403", description = "Not a trainer, manager or administrator")
    HttpResponse<?> activities(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        return answer(service.importActivities(user, Upload.of(file), pages.locale(request)));
    }

    @Post(value = "/completions/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "importExternalCompletions", summary = "Import past course completions from other platforms (CSV UTF-8 or XLSX), all or nothing",
            description = "Multipart field `file`; columns as in the template at /activities/completions-import/template.xlsx. "
                    + "A completion is identified by person, source, course title and day; unchanged rows are counted as unchanged. "
                    + "Managers and administrators.")
    @ApiResponse(responseCode = "200", description = "Written",
            content = @Content(schema = @Schema(implementation = ImportCounts.class)))
    @ApiResponse(responseCode = "422", description = "Refused, nothing written",
            content = @Content(schema = @Schema(implementation = ImportErrors.class)))
    @ApiResponse(responseCode = "403", description = "Not a manager or administrator")
    HttpResponse<?> completions(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        return answer(service.importCompletions(user, Upload.of(file), pages.locale(request)));
    }

    private static HttpResponse<?> answer(HistoryImportService.Result result) {
        if (result.ok()) {
            return HttpResponse.ok(new ImportCounts(result.created(), result.updated(), result.unchanged(), result.participants()));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportErrors(result.errors()));
    }
}
