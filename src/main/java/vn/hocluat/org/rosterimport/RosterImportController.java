package vn.hocluat.org.rosterimport;

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
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.UnitRepository;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.ImportRefusal;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.Downloads;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The roster import page: the upload form with the column guide and templates; on a refused file
 * the same page (422) lists every problem; a written file redirects (303) to a notice of the counts.
 */
@Hidden
@Controller("/people/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RosterImportController {
    private static final String XLSX = Downloads.XLSX;
    private final Pages pages;
    private final RosterImportService service;
    private final ImportTemplates templates;
    private final UnitRepository units;

    RosterImportController(Pages pages, RosterImportService service, ImportTemplates templates, UnitRepository units) {
        this.pages = pages;
        this.service = service;
        this.templates = templates;
        this.units = units;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue Integer created, @Nullable @QueryValue Integer updated) {
        service.requireImporter(user(request));
        Map<String, Object> model = guide();
        if (created != null && updated != null) {
            model.put("done", pages.text(request, "import.done", created, updated));
        }
        return pages.ok(request, "org/import-form", model);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        RosterImportService.Result result = service.importFile(user(request), Upload.of(file), pages.locale(request));
        if (result.ok()) {
            return Pages.seeOther("/people/import?created=" + result.created() + "&updated=" + result.updated());
        }
        Map<String, Object> model = guide();
        ImportRefusal.put(model, pages, request, result.errors());
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "org/import-form", model);
    }

    @Get("/template.xlsx")
    HttpResponse<?> xlsxTemplate(HttpRequest<?> request) {
        byte[] body = templates.xlsx(unitCode(request), pages.locale(request));
        return download(body, XLSX, pages.text(request, "import.template.file") + ".xlsx");
    }

    @Get("/template.csv")
    HttpResponse<?> csvTemplate(HttpRequest<?> request) {
        return download(templates.csv(unitCode(request)), "text/csv;charset=utf-8",
                pages.text(request, "import.template.file") + ".csv");
    }

    private String unitCode(HttpRequest<?> request) {
        CurrentUser user = user(request);
        service.requireImporter(user);
        return units.findById(user.unitId()).orElseThrow(Problem::notFound).code();
    }

    private static HttpResponse<?> download(byte[] body, String type, String filename) {
        return Downloads.attachment(body, type, filename)
                .header("Cache-Control", "no-store");
    }

    private static Map<String, Object> guide() {
        Map<String, Object> model = new HashMap<>();
        model.put("columns", ImportColumn.all().stream()
                .map(c -> Map.of("name", c.name(), "required", c.required())).toList());
        model.put("groups", Arrays.stream(AudienceGroup.values()).map(Enum::name).toList());
        model.put("rules", ImportTemplates.RULES);
        return model;
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
