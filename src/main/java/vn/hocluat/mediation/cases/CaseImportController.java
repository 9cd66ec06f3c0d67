package vn.hocluat.mediation.cases;

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
import vn.hocluat.org.rosterimport.Upload;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.ImportRefusal;
import vn.hocluat.platform.web.Pages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The case-tally import page: the upload form with the column guide and the templates (the teams of the
 * user's subtree); a refused file re-renders the page (422) with every problem by row and column; a
 * written file redirects (303) to a notice of the counts.
 */
@Hidden
@Controller("/mediation/cases/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseImportController {
    private final Pages pages;
    private final CaseImportService importer;
    private final CaseReportService reports;
    private final CaseTemplates templates;

    CaseImportController(Pages pages, CaseImportService importer, CaseReportService reports, CaseTemplates templates) {
        this.pages = pages;
        this.importer = importer;
        this.reports = reports;
        this.templates = templates;
    }

    @Get
    HttpResponse<?> form(HttpRequest<?> request, @Nullable @QueryValue Integer written, @Nullable @QueryValue Integer replaced) {
        CaseReportService.requireManager(CasePages.user(request));
        Map<String, Object> model = guide();
        if (written != null && replaced != null) {
            model.put("done", pages.text(request, "mediation.cases.import.done", written, replaced));
        }
        return pages.ok(request, "mediation/cases-import", model);
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        CaseImportService.Result result = importer.importFile(CasePages.user(request), Upload.of(file), pages.locale(request));
        if (result.ok()) {
            return Pages.seeOther(CaseUrls.IMPORT + "?written=" + result.written() + "&replaced=" + result.replaced());
        }
        Map<String, Object> model = guide();
        ImportRefusal.put(model, pages, request, result.errors());
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "mediation/cases-import", model);
    }

    @Get("/template.xlsx")
    HttpResponse<?> xlsxTemplate(HttpRequest<?> request) {
        CurrentUser user = CasePages.user(request);
        byte[] body = templates.xlsx(reports.teams(user), CasePeriod.monthBefore(reports.today()), pages.locale(request));
        return Downloads.attachment(body, Downloads.XLSX, pages.text(request, "mediation.cases.import.template.file") + ".xlsx")
                .header("Cache-Control", "no-store");
    }

    @Get("/template.csv")
    HttpResponse<?> csvTemplate(HttpRequest<?> request) {
        CurrentUser user = CasePages.user(request);
        byte[] body = templates.csv(reports.teams(user), CasePeriod.monthBefore(reports.today()));
        return Downloads.attachment(body, "text/csv;charset=utf-8", pages.text(request, "mediation.cases.import.template.file") + ".csv")
                .header("Cache-Control", "no-store");
    }

    private static Map<String, Object> guide() {
        Map<String, Object> model = new HashMap<>();
        model.put("columns", Arrays.stream(CaseColumn.values()).map(c -> Map.of("header", c.headerKey(), "help", c.helpKey())).toList());
        model.put("rules", CaseTemplates.RULES);
        return model;
    }
}
