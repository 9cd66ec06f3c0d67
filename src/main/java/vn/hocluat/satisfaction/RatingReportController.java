package vn.hocluat.satisfaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The managers' ratings page (GET /ratings?unit=&amp;from=MM/yyyy&amp;to=MM/yyyy&amp;kind=&amp;object=&amp;page=)
 * and the same table as XLSX (GET /ratings.xlsx). Who may read what is {@link RatingService}'s
 * decision (managers and admins, their subtree): a learner or a unit outside is refused there.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RatingReportController {
    private final Pages pages;
    private final RatingReport report;
    private final Clock clock;

    RatingReportController(Pages pages, RatingReport report, Clock clock) {
        this.pages = pages;
        this.report = report;
        this.clock = clock;
    }

    @Get("/ratings")
    HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String unit, @Nullable @QueryValue String from,
                         @Nullable @QueryValue String to, @Nullable @QueryValue String kind,
                         @Nullable @QueryValue String object, @Nullable @QueryValue String page) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        RatingFilter f = RatingFilter.read(user, unit, from, to, kind, YearMonth.now(clock));
        Map<String, Object> model = new HashMap<>(RatingReportView.filter(f));
        if (!f.errors().isEmpty()) {
            f.errors().forEach((field, key) -> model.put(field + "Error", pages.text(request, key)));
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "satisfaction/report", model);
        }
        RatingReport.Report r = report.report(user, f.unitId(), f.from(), f.to(), f.kind());
        model.putAll(RatingReportView.of(r, f, object, Params.page(page)));
        return pages.ok(request, "satisfaction/report", model);
    }

    @Get("/ratings.xlsx")
    HttpResponse<byte[]> xlsx(HttpRequest<?> request, @Nullable @QueryValue String unit, @Nullable @QueryValue String from,
                              @Nullable @QueryValue String to, @Nullable @QueryValue String kind) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        RatingFilter f = RatingFilter.read(user, unit, from, to, kind, YearMonth.now(clock));
        if (!f.errors().isEmpty()) {
            throw Problem.badRequest(f.errors().values().iterator().next());
        }
        RatingReport.Report r = report.report(user, f.unitId(), f.from(), f.to(), f.kind());
        byte[] body = new RatingWorkbook((key, args) -> pages.text(request, key, args)).write(r, f);
        return Downloads.attachment(body, Downloads.XLSX, "danh-gia-" + r.unit().id() + "-" + f.fromText().replace("/", "-")
                + "-" + f.toText().replace("/", "-") + ".xlsx");
    }
}
