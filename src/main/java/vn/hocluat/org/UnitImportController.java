package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The unit import page: upload a CSV/XLSX file, see every row error or what was created and updated; the template file. */
@Hidden
@Controller(UnitUrls.IMPORT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitImportController {
    private final Pages pages;
    private final UnitImportService importer;
    private final UnitService units;

    UnitImportController(Pages pages, UnitImportService importer, UnitService units) {
        this.pages = pages;
        this.importer = importer;
        this.units = units;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue Integer created, @Nullable @QueryValue Integer updated) {
        requireEditor(request);
        Map<String, Object> model = new HashMap<>();
        model.put("done", created != null && updated != null);
        model.put("created", created);
        model.put("updated", updated);
        return pages.ok(request, "org/unit-import", model);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = requireEditor(request);
        Locale locale = pages.locale(request);
        try {
            if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
                return rejected(request, List.of(new RowError(0, null, pages.text(request, "file.missing"))));
            }
            UnitImportService.ImportResult r = importer.importFile(user, file.getFilename(), file.getBytes(), locale);
            return Pages.seeOther(UnitUrls.IMPORT + "?created=" + r.created() + "&updated=" + r.updated());
        } catch (UnitImportService.ImportRejected e) {
            return rejected(request, e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV with the header row and two example rows under the caller's own unit, with a BOM so Excel reads UTF-8. */
    @Get(value = "/template.csv", produces = "text/csv;charset=utf-8")
    HttpResponse<byte[]> template(HttpRequest<?> request) {
        CurrentUser user = requireEditor(request);
        Locale locale = pages.locale(request);
        String parentCode = units.get(user, user.unitId()).code();
        String csv = "\uFEFF" + String.join(",", importer.headerLabels(locale).stream().map(UnitImportController::quote).toList())
                + "\r\n" + pages.text(request, "unit.import.example1", parentCode)
                + "\r\n" + pages.text(request, "unit.import.example2") + "\r\n";
        return HttpResponse.ok(csv.getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"units-template.csv\"");
    }

    private HttpResponse<?> rejected(HttpRequest<?> request, List<RowError> errors) {
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "org/unit-import",
                Map.of("errors", errors, "errorCount", errors.size()));
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static CurrentUser requireEditor(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        UnitService.requireEditor(user);
        return user;
    }
}
