package vn.hocluat.plans.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;
import vn.hocluat.plans.kpi.KpiApiBodies.PersonJson;
import vn.hocluat.plans.kpi.KpiApiBodies.PersonListJson;
import vn.hocluat.plans.kpi.KpiApiBodies.TargetKpiJson;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The KPIs of a plan and the persons behind them over JSON, with the scope rules of {@link KpiService}. */
@Controller("/api/v1/plans/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "plans")
class KpiApi {
    private final KpiService kpis;
    private final Clock clock;

    KpiApi(KpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @Operation(operationId = "planKpis", summary = "Every target of the plan at a unit and its child units on a day",
            description = "403 when the unit is outside the caller's subtree or the plan belongs to an unrelated unit; 404 unknown plan or unit.")
    @Get("/kpis")
    List<TargetKpiJson> kpis(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id,
                             @Parameter(description = "unit code; the caller's unit when absent") @Nullable @QueryValue String unit,
                             @Parameter(description = "yyyy-MM-dd; today when absent") @Nullable @QueryValue String date) {
        CurrentUser user = user(request);
        LocalDate day = Params.isoDate(date, "date", clock);
        List<TargetKpi> result = unit == null ? kpis.kpis(user, id, user.unitId(), day) : kpis.kpis(user, id, unit, day);
        return result.stream().map(TargetKpiJson::of).toList();
    }

    @Operation(operationId = "targetPersons", summary = "The roster persons behind a target's number at a unit, by page",
            description = "which: counted (the numerator), untrained (in the denominator, not the numerator), all (the denominator), "
                    + "pending (NEW_MEDIATOR_TRAINED_IN_TIME: deadline ahead, not yet trained, soonest first).")
    @Get("/targets/{targetId}/persons")
    PersonListJson persons(@Parameter(hidden = true) HttpRequest<?> request, @PathVariable long id, @PathVariable long targetId,
                           @Nullable @QueryValue String unit, @Nullable @QueryValue String date,
                           @Nullable @QueryValue String which,
                           @Parameter(description = "1-based page number") @Nullable @QueryValue Integer page,
                           @Parameter(description = "1 to 200, default 50") @Nullable @QueryValue Integer size) {
        CurrentUser user = user(request);
        PersonList list = PersonList.parse(which == null ? "untrained" : which)
                .orElseThrow(() -> Problem.badRequest("error.badParameter", "which"));
        int p = page == null ? 1 : page;
        int s = size == null ? Paged.PAGE_SIZE : size;
        if (p < 1 || s < 1 || s > Paged.MAX_SIZE) {
            throw Problem.badRequest("error.badParameter", p < 1 ? "page" : "size");
        }
        long unitId = unit == null ? user.unitId() : kpis.unitId(unit).orElseThrow(Problem::notFound);
        Paged<PersonRow> rows = kpis.persons(user, id, targetId, unitId, Params.isoDate(date, "date", clock), list, p, s);
        return new PersonListJson(rows.items().stream().map(PersonJson::of).toList(), rows.total(), rows.page(), rows.size());
    }


    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
