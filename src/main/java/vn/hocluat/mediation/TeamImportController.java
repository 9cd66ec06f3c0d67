package vn.hocluat.mediation;

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
import vn.hocluat.org.UnitRepository;
import vn.hocluat.org.rosterimport.Upload;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.ImportRefusal;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The team import page: the upload form with the column guide and templates; a refused file shows
 * the same page (422) with every problem; a written file redirects (303) to a notice of the counts.
 */
@Hidden
@Controller(TeamUrls.IMPORT)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamImportController {
    private final Pages pages;
    private final TeamImportService service;
    private final TeamImportTemplates templates;
    private final UnitRepository units;

    TeamImportController(Pages pages, TeamImportService service, TeamImportTemplates templates, UnitRepository units) {
        this.pages = pages;
        this.service = service;
        this.templates = templates;
        this.units = units;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue Integer teams, @Nullable @QueryValue Integer updated,
                         @Nullable @QueryValue Integer members, @Nullable @QueryValue Integer supports) {
        TeamPagesAccess.manager(request);
        Map<String, Object> model = guide();
        if (teams != null && updated != null && members != null && supports != null) {
            model.put("done", pages.text(request, "mediation.teams.import.done", teams, updated, members, supports));
        }
        return pages.ok(request, "mediation/team-import", model);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CurrentUser user = TeamPagesAccess.manager(request);
        TeamImportService.Result result = service.importFile(user, Upload.of(file), pages.locale(request));
        if (result.ok()) {
            return Pages.seeOther(TeamUrls.IMPORT + "?teams=" + result.teamsCreated() + "&updated=" + result.teamsUpdated()
                    + "&members=" + result.membersAdded() + "&supports=" + result.supportsAdded());
        }
        Map<String, Object> model = guide();
        ImportRefusal.put(model, pages, request, result.errors());
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "mediation/team-import", model);
    }

    @Get("/template.xlsx")
    HttpResponse<?> xlsxTemplate(HttpRequest<?> request) {
        byte[] body = templates.xlsx(unitCode(request), pages.locale(request));
        return Downloads.attachment(body, Downloads.XLSX, pages.text(request, "mediation.teams.import.templateFile") + ".xlsx")
                .header("Cache-Control", "no-store");
    }

    @Get("/template.csv")
    HttpResponse<?> csvTemplate(HttpRequest<?> request) {
        return Downloads.attachment(templates.csv(unitCode(request)), "text/csv;charset=utf-8",
                pages.text(request, "mediation.teams.import.templateFile") + ".csv").header("Cache-Control", "no-store");
    }

    private String unitCode(HttpRequest<?> request) {
        CurrentUser user = TeamPagesAccess.manager(request);
        return units.findById(user.unitId()).orElseThrow(Problem::notFound).code();
    }

    private static Map<String, Object> guide() {
        Map<String, Object> model = new HashMap<>();
        model.put("columns", Arrays.stream(TeamImportColumn.values())
                .map(c -> Map.of("headerKey", c.headerKey(), "helpKey", c.helpKey(), "required", c.required())).toList());
        model.put("kinds", TeamImportTemplates.kindKeys());
        model.put("rules", TeamImportTemplates.RULES);
        return model;
    }
}
