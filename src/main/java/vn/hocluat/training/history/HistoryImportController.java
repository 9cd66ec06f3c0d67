package vn.hocluat.training.history;

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
import vn.hocluat.platform.files.RowError;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.Downloads;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two history import pages, /activities/import (past activities with attendance) and
 * /activities/completions-import (past course completions elsewhere): the form with the column
 * guide and templates; a refused file re-renders it (422) with every problem; a written file
 * redirects (303) to a notice of the counts.
 */
@Hidden
@Controller("/activities")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class HistoryImportController {
    private static final String XLSX = Downloads.XLSX;
    private static final String ACTIVITIES = "/activities/import";
    private static final String COMPLETIONS = "/activities/completions-import";
    private final Pages pages;
    private final HistoryImportService service;
    private final HistoryTemplates templates;
    private final UnitRepository units;

    HistoryImportController(Pages pages, HistoryImportService service, HistoryTemplates templates, UnitRepository units) {
        this.pages = pages;
        this.service = service;
        this.templates = templates;
        this.units = units;
    }

    @Get("/import")
    HttpResponse<?> activitiesForm(HttpRequest<?> request, @Nullable @QueryValue Integer created,
                                   @Nullable @QueryValue Integer updated, @Nullable @QueryValue Integer unchanged) {
        service.requireActivityImporter(user(request));
        return pages.ok(request, "training/history-import", done(request, HistoryTemplates.Kind.ACTIVITIES, created, updated, unchanged));
    }

    @Get("/completions-import")
    HttpResponse<?> completionsForm(HttpRequest<?> request, @Nullable @QueryValue Integer created,
                                    @Nullable @QueryValue Integer updated, @Nullable @QueryValue Integer unchanged) {
        service.requireCompletionImporter(user(request));
        return pages.ok(request, "training/history-import", done(request, HistoryTemplates.Kind.COMPLETIONS, created, updated, unchanged));
    }

    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> activitiesUpload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        HistoryImportService.Result result = service.importActivities(user(request), Upload.of(file), pages.locale(request));
        return answer(request, HistoryTemplates.Kind.ACTIVITIES, result);
    }

    @Post(value = "/completions-import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> completionsUpload(HttpRequest<?> request, @Nullable @Part("file") CompletedFileUpload file) {
        HistoryImportService.Result result = service.importCompletions(user(request), Upload.of(file), pages.locale(request));
        return answer(request, HistoryTemplates.Kind.COMPLETIONS, result);
    }

    @Get("/import/template.xlsx")
    HttpResponse<?> activitiesXlsx(HttpRequest<?> request) {
        return template(request, HistoryTemplates.Kind.ACTIVITIES, "xlsx");
    }

    @Get("/import/template.csv")
    HttpResponse<?> activitiesCsv(HttpRequest<?> request) {
        return template(request, HistoryTemplates.Kind.ACTIVITIES, "csv");
    }

    @Get("/completions-import/template.xlsx")
    HttpResponse<?> completionsXlsx(HttpRequest<?> request) {
        return template(request, HistoryTemplates.Kind.COMPLETIONS, "xlsx");
    }

    @Get("/completions-import/template.csv")
    HttpResponse<?> completionsCsv(HttpRequest<?> request) {
        return template(request, HistoryTemplates.Kind.COMPLETIONS, "csv");
    }

    private HttpResponse<?> template(HttpRequest<?> request, HistoryTemplates.Kind kind, String format) {
        CurrentUser user = user(request);
        if (kind == HistoryTemplates.Kind.ACTIVITIES) {
            service.requireActivityImporter(user);
        } else {
            service.requireCompletionImporter(user);
        }
        String unitCode = units.findById(user.unitId()).orElseThrow(Problem::notFound).code();
        String filename = pages.text(request, kind.prefix + ".templateFile") + "." + format;
        boolean xlsx = "xlsx".equals(format);
        byte[] body = xlsx ? templates.xlsx(kind, unitCode, pages.locale(request)) : templates.csv(kind, unitCode, pages.locale(request));
        return HttpResponse.ok(body).contentType(xlsx ? XLSX : "text/csv;charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("Cache-Control", "no-store");
    }

    private HttpResponse<?> answer(HttpRequest<?> request, HistoryTemplates.Kind kind, HistoryImportService.Result result) {
        if (result.ok()) {
            return Pages.seeOther(path(kind) + "?created=" + result.created() + "&updated=" + result.updated()
                    + "&unchanged=" + result.unchanged());
        }
        Map<String, Object> model = guide(kind);
        List<RowError> errors = result.errors();
        if (errors.size() == 1 && errors.get(0).column() == null) {
            model.put("refused", pages.text(request, "history.refused", errors.get(0).message()));
        } else {
            model.put("summary", pages.text(request, "history.summary", errors.stream().mapToInt(RowError::row).distinct().count()));
            model.put("errors", errors);
        }
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "training/history-import", model);
    }

    private Map<String, Object> done(HttpRequest<?> request, HistoryTemplates.Kind kind, Integer created, Integer updated,
                                     Integer unchanged) {
        Map<String, Object> model = guide(kind);
        if (created != null && updated != null && unchanged != null) {
            model.put("done", pages.text(request, kind.prefix + ".done", created, updated, unchanged));
        }
        return model;
    }

    private static Map<String, Object> guide(HistoryTemplates.Kind kind) {
        Map<String, Object> model = new HashMap<>();
        model.put("prefix", kind.prefix);
        model.put("action", path(kind));
        model.put("columns", kind.columns.stream()
                .map(c -> Map.of("key", c.key(), "required", c.required())).toList());
        return model;
    }

    private static String path(HistoryTemplates.Kind kind) {
        return kind == HistoryTemplates.Kind.ACTIVITIES ? ACTIVITIES : COMPLETIONS;
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
