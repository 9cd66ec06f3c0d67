package vn.hocluat.org.rosterimport;

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
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.List;

/** The roster import for integrations: the same all-or-nothing import as the page, answered in JSON. */
@Controller("/api/v1/people/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "people")
class RosterImportApi {
    private final Pages pages;
    private final RosterImportService service;

    RosterImportApi(Pages pages, RosterImportService service) {
        this.pages = pages;
        this.service = service;
    }

    /** How many people a written import created and updated. */
    @Serdeable
    record ImportCounts(int created, int updated) {
    }

    /** Every problem of a refused import (nothing was written): row 0 is the file as a whole, row 1 the header. */
    @Serdeable
    record ImportErrors(List<RowError> errors) {
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPeople", summary = "Import a roster file (CSV UTF-8 or XLSX), all or nothing",
            description = "Multipart field `file`. Columns as in the template at /people/import/template.xlsx; "
                    + "people are matched on the column Mã (code). Any bad row refuses the whole file (422) with "
                    + "every problem listed; re-importing an unchanged file reports created 0, updated 0.")
    @ApiResponse(responseCode = "200", description = "Written",
            content = @Content(schema = @Schema(implementation = ImportCounts.class)))
    @ApiResponse(responseCode = "422", description = "Refused, nothing written",
            content = @Content(schema = @Schema(implementation = ImportErrors.class)))
    @ApiResponse(responseCode = "403", description = "Not an administrator or manager")
    @ApiResponse(responseCode = "413", description = "Larger than the maximum request size (20 MB)")
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        RosterImportService.Result result = service.importFile(user, Upload.of(file), pages.locale(request));
        if (result.ok()) {
            return HttpResponse.ok(new ImportCounts(result.created(), result.updated()));
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ImportErrors(result.errors()));
    }
}
