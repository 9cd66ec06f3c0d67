package vn.hocluat.assessment.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Import into a bank over the API: a GIFT, Aiken or XLSX file, all questions or none. */
@Controller("/api/v1/banks/{id}/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "question banks")
class BankImportApi {
    private final BankService banks;
    private final BankImportService imports;
    private final Pages pages;

    BankImportApi(BankService banks, BankImportService imports, Pages pages) {
        this.banks = banks;
        this.imports = imports;
        this.pages = pages;
    }

    @Serdeable
    @Schema(name = "ImportCreated")
    record CreatedJson(int created) {
    }

    /** 422: every problem, with "line" (GIFT, Aiken) or "row" (XLSX) and the message. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ImportErrors", description = "errors: [{\"line\": n, \"message\": \"…\"}], or \"row\" instead of \"line\" for XLSX")
    record ErrorsJson(List<Map<String, Object>> errors) {
    }

    @Operation(operationId = "importQuestions", summary = "Import questions into a bank (all or nothing)",
            description = "Multipart: file, and optionally format (gift, aiken or xlsx); without it the format follows the "
                    + "file's extension: .gift, .txt (Aiken), .xlsx.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CreatedJson.class)))
    @ApiResponse(responseCode = "422", description = "the file's problems; nothing was written",
            content = @Content(schema = @Schema(implementation = ErrorsJson.class)))
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id,
                           @Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("format") String format) {
        CurrentUser user = Requests.user(request);
        banks.get(user, id);
        Upload upload = Upload.of(file, format, null);
        BankImportService.Result result = imports.importFile(user, id, upload.format(),
                upload.content(), pages.locale(request));
        if (result.ok()) {
            return HttpResponse.ok(new CreatedJson(result.created()));
        }
        String place = result.byRow() ? "row" : "line";
        List<Map<String, Object>> errors = result.problems().stream().map(p -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put(place, p.line());
            e.put("message", p.message());
            return e;
        }).toList();
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ErrorsJson(errors));
    }
}
