package vn.hocluat.learning.assign;

import vn.hocluat.platform.web.Paged;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Downloads;

import java.util.Map;

/** The completions of the manager's people (the online training records the KPIs count) and their XLSX export. */
@Hidden
@Controller("/assignments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompletionsController {
    private final Pages pages;
    private final CompletionService completions;
    private final ListModel lists;
    private final ManagerWorkbooks workbooks;

    CompletionsController(Pages pages, CompletionService completions, ListModel lists, ManagerWorkbooks workbooks) {
        this.pages = pages;
        this.completions = completions;
        this.lists = lists;
        this.workbooks = workbooks;
    }

    @Get("/completions")
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unitId, @Nullable @QueryValue String courseId,
                         @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String page) {
        CurrentUser user = AssignmentsController.author(request);
        CompletionFilter filter = filter(unitId, courseId, from, to);
        Paged<CompletionRow> result = completions.page(user, filter, Params.page(page));
        Map<String, Object> model = lists.of(user, result, filter.unitId(), filter.courseId());
        model.put("from", Dates.format(filter.from()));
        model.put("to", Dates.format(filter.to()));
        model.put("exportUrl", url("/assignments/completions.xlsx", filter, null));
        result.links(model, p -> url(AssignmentUrls.COMPLETIONS, filter, p));
        return pages.ok(request, "learning/assign-completions", model);
    }

    @Get("/completions.xlsx")
    HttpResponse<byte[]> export(HttpRequest<?> request, @Nullable @QueryValue String unitId, @Nullable @QueryValue String courseId,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        CurrentUser user = AssignmentsController.author(request);
        byte[] bytes = workbooks.completions(pages.locale(request), completions.all(user, filter(unitId, courseId, from, to)));
        return Downloads.attachment(bytes, Downloads.XLSX, "hoan-thanh.xlsx");
    }

    private static CompletionFilter filter(String unitId, String courseId, String from, String to) {
        return new CompletionFilter(Params.id(unitId, "unitId"), Params.id(courseId, "courseId"),
                Params.date(from, "from"), Params.date(to, "to"));
    }

    private static String url(String path, CompletionFilter f, Integer page) {
        return AssignmentUrls.with(path, AssignmentUrls.params("unitId", f.unitId(), "courseId", f.courseId(),
                "from", Dates.format(f.from()), "to", Dates.format(f.to()), "page", page));
    }
}
