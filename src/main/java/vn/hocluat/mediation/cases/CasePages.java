package vn.hocluat.mediation.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.mediation.cases.CaseReports.Entry;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.History;
import vn.hocluat.mediation.cases.CaseReports.Source;
import vn.hocluat.mediation.cases.CaseReports.UnitFigures;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.Map;

/**
 * The case-tally pages: a unit's teams with their current figures for a period (and the sums), and a
 * team's entry form for a period with the history of its reports. Managers and administrators only.
 */
@Hidden
@Controller("/mediation/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CasePages {
    private final Pages pages;
    private final CaseReportService service;
    private final UnitDirectory units;
    private final CaseViews views;

    CasePages(Pages pages, CaseReportService service, UnitDirectory units, CaseViews views) {
        this.pages = pages;
        this.service = service;
        this.units = units;
        this.views = views;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unit, @Nullable @QueryValue String period) {
        CurrentUser user = user(request);
        Long unitId = Params.id(unit, "unit");
        CasePeriod p = period(period);
        UnitFigures figures = service.unitFigures(user, unitId == null ? user.unitId() : unitId, p);
        Map<String, Object> model = views.unitFigures(request, figures);
        model.put("units", units.options(user));
        return pages.ok(request, "mediation/cases-list", model);
    }

    @Get("/team/{teamId}")
    HttpResponse<?> form(HttpRequest<?> request, @PathVariable long teamId, @Nullable @QueryValue String period,
                         @Nullable @QueryValue String saved) {
        CasePeriod p = period(period);
        History history = service.history(user(request), teamId, p);
        Map<String, Object> values = new HashMap<>();
        values.put("period", p.fileText());
        Figures f = history.current().map(CaseReports.Report::figures).orElse(null);
        values.put("received", f == null ? "" : f.received());
        values.put("successful", f == null ? "" : f.successful());
        values.put("unsuccessful", f == null ? "" : f.unsuccessful());
        values.put("inProgress", f == null ? "" : f.inProgress());
        Map<String, Object> model = views.history(request, history, values, Map.of(), null);
        if (saved != null) {
            model.put("saved", pages.text(request, "1".equals(saved) ? "mediation.cases.saved" : "mediation.cases.replaced"));
        }
        return pages.ok(request, "mediation/cases-team", model);
    }

    @Post(value = "/team/{teamId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, @PathVariable long teamId, @Body Map<String, Object> body) {
        CurrentUser user = user(request);
        service.team(user, teamId);
        CaseForm.Posted posted;
        try {
            posted = CaseForm.read(body);
        } catch (FormInvalid e) {
            CasePeriod p = CasePeriod.parseAny(FormInvalid.value(body, "period")).orElse(CasePeriod.monthBefore(service.today()));
            return invalid(request, user, teamId, p, body, e.messages((k, a) -> pages.text(request, k, a)), null);
        }
        try {
            boolean replaced = service.record(user, new Entry(teamId, posted.period(), posted.figures(), Source.PAGE, null));
            return Pages.seeOther(CaseUrls.team(teamId, posted.period()) + "&saved=" + (replaced ? "2" : "1"));
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            return invalid(request, user, teamId, posted.period(), body, Map.of(), pages.text(request, p.messageKey(), p.args()));
        }
    }

    private HttpResponse<?> invalid(HttpRequest<?> request, CurrentUser user, long teamId, CasePeriod period,
                                    Map<String, Object> body, Map<String, String> fieldErrors, @Nullable String alert) {
        History history = service.history(user, teamId, period);
        Map<String, Object> model = views.history(request, history, FormInvalid.values(body, CaseForm.FIELDS), fieldErrors, alert);
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "mediation/cases-team", model);
    }

    private CasePeriod period(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return CasePeriod.monthBefore(service.today());
        }
        return CasePeriod.parseAny(text).orElseThrow(() -> Problem.badRequest("mediation.cases.error.period"));
    }

    static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
