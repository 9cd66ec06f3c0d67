package vn.hocluat.plans;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plans that apply to the user, a plan's page, and the form of a plan's head (create, edit). */
@Hidden
@Controller("/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanPages {
    private final Pages pages;
    private final PlanService plans;
    private final TargetReports reports;
    private final UnitDirectory units;

    PlanPages(Pages pages, PlanService plans, TargetReports reports, UnitDirectory units) {
        this.pages = pages;
        this.plans = plans;
        this.reports = reports;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        CurrentUser user = user(request);
        Map<String, Object> model = new HashMap<>();
        model.put("plans", plans.list(user));
        model.put("canCreate", user.manager());
        return pages.ok(request, "plans/plan-list", model);
    }

    @Get("/{id}")
    HttpResponse<?> view(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = user(request);
        Plan plan = plans.get(user, id);
        Map<String, Object> model = PlanView.model(plan, reports.of(user, plan), units.options(user), null, Map.of(), Map.of());
        model.put("editable", plans.editable(user, plan));
        model.put("canReport", user.manager());
        return pages.ok(request, "plans/plan-view", model);
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = user(request);
        PlanService.requireManager(user);
        Map<String, Object> values = new HashMap<>();
        values.put("unitId", String.valueOf(user.unitId()));
        values.put("hybridCountsOnline", "true");
        return form(request, user, HttpStatus.OK, null, values, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = user(request);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            long id = plans.createHead(user, PlanForms.head(body, errors), errors);
            return Pages.seeOther("/plans/" + id);
        } catch (FormInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, body, e.messages((k, a) -> pages.text(request, k, a)));
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = user(request);
        Plan p = plans.forEdit(user, id);
        Map<String, Object> values = new HashMap<>();
        values.put("unitId", String.valueOf(p.unitId()));
        values.put("docNumber", p.docNumber());
        values.put("docDate", Dates.format(p.docDate()));
        values.put("title", p.title());
        values.put("issuer", p.issuer());
        values.put("startsOn", Dates.format(p.startsOn()));
        values.put("endsOn", Dates.format(p.endsOn()));
        values.put("hybridCountsOnline", String.valueOf(p.hybridCountsOnline()));
        values.put("note", p.note() == null ? "" : p.note());
        return form(request, user, HttpStatus.OK, p, values, Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = user(request);
        Plan p = plans.forEdit(user, id);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            plans.updateHead(user, id, PlanForms.head(body, errors), errors);
            return Pages.seeOther("/plans/" + id);
        } catch (FormInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, p, body, e.messages((k, a) -> pages.text(request, k, a)));
        }
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, Plan plan,
                                 Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> form = new HashMap<>();
        for (String f : List.of("unitId", "docNumber", "docDate", "title", "issuer", "startsOn", "endsOn", "hybridCountsOnline", "note")) {
            form.put(f, values.get(f) == null ? "" : PlanForms.text(values, f));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("form", form);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", units.options(user));
        return pages.render(status, request, "plans/plan-form", model);
    }

    static CurrentUser user(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        PlanService.requireStaff(user);
        return user;
    }
}
