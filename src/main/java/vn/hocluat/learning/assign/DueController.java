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
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Downloads;

import java.util.Map;

/** The managers' list of assigned courses not completed (overdue, due soon, all) and its XLSX export. */
@Hidden
@Controller("/assignments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DueController {
    private final Pages pages;
    private final DueService due;
    private final ListModel lists;
    private final ManagerWorkbooks workbooks;

    DueController(Pages pages, DueService due, ListModel lists, ManagerWorkbooks workbooks) {
        this.pages = pages;
        this.due = due;
        this.lists = lists;
        this.workbooks = workbooks;
    }

    @Get("/due")
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unitId, @Nullable @QueryValue String courseId,
                         @Nullable @QueryValue String state, @Nullable @QueryValue String days, @Nullable @QueryValue String page) {
        CurrentUser user = AssignmentsController.author(request);
        DueFilter filter = filter(unitId, courseId, state, days);
        Paged<DueRow> result = due.page(user, filter, Params.page(page));
        Map<String, Object> model = lists.of(user, result, filter.unitId(), filter.courseId());
        model.put("state", filter.state().name());
        model.put("days", filter.days());
        model.put("exportUrl", url("/assignments/due.xlsx", filter, null));
        result.links(model, p -> url(AssignmentUrls.DUE, filter, p));
        return pages.ok(request, "learning/assign-due", model);
    }

    @Get("/due.xlsx")
    HttpResponse<byte[]> export(HttpRequest<?> request, @Nullable @QueryValue String unitId, @Nullable @QueryValue String courseId,
                                @Nullable @QueryValue String state, @Nullable @QueryValue String days) {
        CurrentUser user = AssignmentsController.author(request);
        byte[] bytes = workbooks.due(pages.locale(request), due.all(user, filter(unitId, courseId, state, days)));
        return Downloads.attachment(bytes, Downloads.XLSX, "han-hoan-thanh.xlsx");
    }

    private static DueFilter filter(String unitId, String courseId, String state, String days) {
        DueFilter.State s = DueFilter.State.ALL;
        if (state != null && !state.isBlank()) {
            try {
                s = DueFilter.State.valueOf(state.trim());
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("error.badParameter", "state");
            }
        }
        Long d = Params.id(days, "days");
        return new DueFilter(Params.id(unitId, "unitId"), Params.id(courseId, "courseId"), s,
                d == null ? DueFilter.DEFAULT_DAYS : (int) Math.min(d, DueFilter.MAX_DAYS));
    }

    private static String url(String path, DueFilter f, Integer page) {
        return AssignmentUrls.with(path, AssignmentUrls.params("unitId", f.unitId(), "courseId", f.courseId(),
                "state", f.state() == DueFilter.State.ALL ? null : f.state().name(),
                "days", f.days() == DueFilter.DEFAULT_DAYS ? null : f.days(), "page", page));
    }
}
