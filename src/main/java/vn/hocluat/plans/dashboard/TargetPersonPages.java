package vn.hocluat.plans.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.plans.kpi.KpiService;
import vn.hocluat.plans.kpi.PersonList;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Downloads;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The persons behind a dashboard card's number ("not yet trained", "due soon", "counted") by page, and
 * the same list as XLSX. A metric without persons (activities) or a list it lacks is a 400 page.
 */
@Hidden
@Controller("/plans/{id}/dashboard/targets/{targetId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TargetPersonPages {
    private final Pages pages;
    private final DashboardService dashboards;
    private final KpiService kpis;
    private final Messages messages;
    private final PersonWorkbook workbook;
    private final Clock clock;

    TargetPersonPages(Pages pages, DashboardService dashboards, KpiService kpis, Messages messages, PersonWorkbook workbook,
                      Clock clock) {
        this.pages = pages;
        this.dashboards = dashboards;
        this.kpis = kpis;
        this.messages = messages;
        this.workbook = workbook;
        this.clock = clock;
    }

    @Get("/persons")
    HttpResponse<?> list(HttpRequest<?> request, @PathVariable long id, @PathVariable long targetId,
                         @Nullable @QueryValue String unit, @Nullable @QueryValue String date,
                         @Nullable @QueryValue String which, @Nullable @QueryValue String page) {
        CurrentUser user = DashboardPages.user(request);
        TargetPersons p = dashboards.persons(user, id, targetId, unit, day(date), list(which), Params.page(page), Paged.PAGE_SIZE);
        String code = p.unit().code();
        Map<String, Object> model = new HashMap<>();
        model.put("p", p);
        model.put("listKey", DashboardView.listKey(p.which(), p.target().metric().name(), messages::has));
        model.put("pending", p.which() == PersonList.PENDING);
        model.put("dashboardUrl", DashboardUrls.dashboard(id, code, p.day()));
        model.put("xlsxUrl", DashboardUrls.personsXlsx(id, targetId, code, p.day(), p.which()));
        model.put("lists", DashboardView.personLinks(id, targetId, code, p.day(), p.target().metric().name(),
                kpis.personLists(p.target().metric().name()), p.which(), messages::has));
        p.rows().links(model, n -> DashboardUrls.persons(id, targetId, code, p.day(), p.which(), n));
        return pages.ok(request, "plans/dashboard-persons", model);
    }

    @Get("/persons.xlsx")
    HttpResponse<?> xlsx(HttpRequest<?> request, @PathVariable long id, @PathVariable long targetId,
                         @Nullable @QueryValue String unit, @Nullable @QueryValue String date,
                         @Nullable @QueryValue String which) {
        CurrentUser user = DashboardPages.user(request);
        TargetPersons p = dashboards.persons(user, id, targetId, unit, day(date), list(which), 1, 0);
        byte[] body = workbook.write(pages.locale(request), p);
        return Downloads.attachment(body, Downloads.XLSX, "danh-sach-" + p.which().code() + "-" + targetId + "-"
                + p.day() + ".xlsx");
    }

    private LocalDate day(@Nullable String date) {
        LocalDate day = Params.date(date, "date");
        return day == null ? LocalDate.now(clock) : day;
    }

    private static PersonList list(@Nullable String which) {
        return which == null || which.isBlank() ? PersonList.UNTRAINED
                : PersonList.parse(which).orElseThrow(() -> Problem.badRequest("error.badParameter", "which"));
    }
}
