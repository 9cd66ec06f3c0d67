package vn.hocluat.learning.files;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The administrators' page of the last courses/ import: each folder's outcome and every problem with its file and line. */
@Hidden
@Controller("/courses/import-report")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportReportController {
    static final String URL = "/courses/import-report";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A folder as the page shows it. */
    record Row(String folder, String outcome, boolean skipped, String version, List<String> problems) {
    }

    private final Pages pages;
    private final Messages messages;
    private final ImportReport report;

    ImportReportController(Pages pages, Messages messages, ImportReport report) {
        this.pages = pages;
        this.messages = messages;
        this.report = report;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        List<ImportReport.Folder> folders = report.last(user);
        Locale locale = pages.locale(request);
        List<Row> rows = folders.stream().map(f -> new Row(f.folder(),
                pages.text(request, "course.files.outcome." + f.outcome().name().toLowerCase(Locale.ROOT)),
                f.outcome() == CourseImporter.Outcome.SKIPPED, f.version() == null ? "" : f.version().toString(),
                f.issues().stream().map(i -> i.describe(messages, locale)).toList())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", rows);
        model.put("skipped", rows.stream().filter(Row::skipped).toList());
        folders.stream().map(ImportReport.Folder::at).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(WHEN::format).ifPresent(at -> model.put("at", at));
        return pages.ok(request, "learning/files-import-report", model);
    }
}
