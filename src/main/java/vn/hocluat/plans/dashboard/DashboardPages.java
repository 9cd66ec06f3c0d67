package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.plans.PlanService;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plan dashboard: a card per target at a unit on a day (measured value beside the reported figure,
 * status, monthly trend), the child units sortable by any target with drill-down, links to the exports.
 */
@Hidden
@Controller("/plans/{id}/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardPages {
    private final Pages pages;
    private final DashboardService dashboards;
    private final KpiService kpis;
    private final PlanService plans;
    private final Messages messages;
    private final Clock clock;

    DashboardPages(Pages pages, DashboardService dashboards, KpiService kpis, PlanService plans, Messages messages, Clock clock) {
        this.pages = pages;
        this.dashboards = dashboards;
        this.kpis = kpis;
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String unit,
                         @Nullable @QueryValue String date, @Nullable @QueryValue String sort, @Nullable @QueryValue String dir) {
        CurrentUser user = user(request);
        Optional<LocalDate> day = date == null || date.isBlank() ? Optional.of(LocalDate.now(clock)) : Dates.parse(date);
        Map<String, Object> model = new HashMap<>();
        if (day.isEmpty()) {
            model.put("plan", plans.get(user, id));
            model.put("unitCode", unit == null ? "" : unit.strip());
            model.put("dateText", date.strip());
            model.put("dateError", pages.text(request, "plans.dashboard.error.date", date.strip()));
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "plans/dashboard", model);
        }
        Long sortBy = Params.id(sort, "sort");
        boolean descending = "desc".equalsIgnoreCase(dir == null ? "" : dir.strip());
        Dashboard d = dashboards.of(user, id, unit, day.get());
        model.put("plan", d.plan());
        model.put("unit", d.unit());
        model.put("unitCode", d.unit().code());
        model.put("dateText", Dates.format(d.day()));
        model.put("day", d.day());
        model.put("crumbs", DashboardView.trail(d));
        model.put("groups", DashboardView.groups(d, row -> DashboardView.card(d, row,
                TrendChart.of(dashboards.trend(user, d, row), row.target().threshold()),
                Stream.concat(DashboardView.personLinks(d.plan().id(), row.target().id(), d.unit().code(), d.day(), row.kpi().metric(),
                        kpis.personLists(row.kpi().metric()), null, messages::has).stream(),
                        FactLinks.of(user, row.kpi().metric(), d.unit().id(), d.day()).stream()).toList())));
        model.put("columns", DashboardView.columns(d, sortBy, descending));
        model.put("children", DashboardView.children(d, sortBy, descending));
        model.put("sort", sortBy == null ? "" : String.valueOf(sortBy));
        model.put("dir", descending ? "desc" : "asc");
        model.put("xlsxUrl", DashboardUrls.report(d.plan().id(), d.unit().code(), d.day(), "xlsx"));
        model.put("pdfUrl", DashboardUrls.report(d.plan().id(), d.unit().code(), d.day(), "pdf"));
        return pages.ok(request, "plans/dashboard", model);
    }

    static CurrentUser user(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        if (!user.staff()) {
            throw Problem.forbidden();
        }
        return user;
    }
}
