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
import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phases and targets of a plan (add, edit, delete) and the reported figures of a target (add). */
@Hidden
@Controller("/plans/{planId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanPartPages {
    private static final List<String> TARGET_FIELDS = List.of("phase", "label", "sourceRef", "metric", "topics", "courses",
            "window", "windowMonths", "threshold", "bandUpper", "unitFilter", "unitIds", "params");
    private final Pages pages;
    private final PlanService plans;
    private final PlanPartsService parts;
    private final PlanStore store;
    private final TargetReports reports;
    private final UnitDirectory units;

    PlanPartPages(Pages pages, PlanService plans, PlanPartsService parts, PlanStore store, TargetReports reports,
                  UnitDirectory units) {
        this.units = units;
        this.pages = pages;
        this.plans = plans;
        this.parts = parts;
        this.store = store;
        this.reports = reports;
    }

    @Get("/phases/new")
    HttpResponse<?> newPhase(HttpRequest<?> request, @PathVariable long planId) {
        Plan p = plans.forEdit(PlanPages.user(request), planId);
        return phaseForm(request, HttpStatus.OK, p, null, Map.of("name", "", "startsOn", "", "endsOn", ""), Map.of());
    }

    @Get("/phases/{phaseId}/edit")
    HttpResponse<?> editPhase(HttpRequest<?> request, @PathVariable long planId, @PathVariable long phaseId) {
        Plan p = plans.forEdit(PlanPages.user(request), planId);
        Plan.Phase ph = p.phases().stream().filter(x -> x.id() == phaseId).findFirst().orElseThrow(Problem::notFound);
        return phaseForm(request, HttpStatus.OK, p, phaseId, Map.of("name", ph.name(), "startsOn", Dates.format(ph.startsOn()),
                "endsOn", Dates.format(ph.endsOn())), Map.of());
    }

    @Post(value = "/phases", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createPhase(HttpRequest<?> request, @PathVariable long planId, @Body Map<String, Object> body) {
        return savePhase(request, planId, null, body);
    }

    @Post(value = "/phases/{phaseId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updatePhase(HttpRequest<?> request, @PathVariable long planId, @PathVariable long phaseId,
                                @Body Map<String, Object> body) {
        return savePhase(request, planId, phaseId, body);
    }

    @Post(value = "/phases/{phaseId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deletePhase(HttpRequest<?> request, @PathVariable long planId, @PathVariable long phaseId) {
        parts.deletePhase(PlanPages.user(request), planId, phaseId);
        return Pages.seeOther("/plans/" + planId);
    }

    @Get("/targets/new")
    HttpResponse<?> newTarget(HttpRequest<?> request, @PathVariable long planId) {
        Plan p = plans.forEdit(PlanPages.user(request), planId);
        Map<String, Object> v = new HashMap<>();
        TARGET_FIELDS.forEach(f -> v.put(f, ""));
        v.put("audience", List.of());
        v.put("window", TargetWindow.PLAN.name());
        v.put("unitFilter", UnitFilter.ALL.name());
        return targetForm(request, HttpStatus.OK, p, null, v, Map.of());
    }

    @Get("/targets/{targetId}/edit")
    HttpResponse<?> editTarget(HttpRequest<?> request, @PathVariable long planId, @PathVariable long targetId) {
        Plan p = plans.forEdit(PlanPages.user(request), planId);
        Plan.Target t = p.targets().stream().filter(x -> x.id() == targetId).findFirst().orElseThrow(Problem::notFound);
        Map<String, Object> v = new HashMap<>();
        Integer phase = t.phasePosition(p.phases());
        v.put("phase", phase == null ? "" : phase.toString());
        v.put("label", t.label());
        v.put("sourceRef", t.sourceRef() == null ? "" : t.sourceRef());
        v.put("metric", t.metric().name());
        v.put("audience", t.audience().stream().map(Enum::name).toList());
        v.put("topics", String.join(", ", t.topics()));
        v.put("courses", String.join(", ", t.courseSlugs()));
        v.put("window", t.window().name());
        v.put("windowMonths", t.windowMonths() == null ? "" : t.windowMonths().toString());
        v.put("threshold", t.threshold().toPlainString());
        v.put("bandUpper", t.bandUpper() == null ? "" : t.bandUpper().toPlainString());
        v.put("unitFilter", t.unitFilter().name());
        v.put("unitIds", String.join(", ", t.unitCodes()));
        v.put("params", PlanForms.params(t.params()));
        return targetForm(request, HttpStatus.OK, p, targetId, v, Map.of());
    }

    @Post(value = "/targets", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createTarget(HttpRequest<?> request, @PathVariable long planId, @Body Map<String, Object> body) {
        return saveTarget(request, planId, null, body);
    }

    @Post(value = "/targets/{targetId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateTarget(HttpRequest<?> request, @PathVariable long planId, @PathVariable long targetId,
                                 @Body Map<String, Object> body) {
        return saveTarget(request, planId, targetId, body);
    }

    @Post(value = "/targets/{targetId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteTarget(HttpRequest<?> request, @PathVariable long planId, @PathVariable long targetId) {
        parts.deleteTarget(PlanPages.user(request), planId, targetId);
        return Pages.seeOther("/plans/" + planId);
    }

    /** Adds a reported figure; on bad input the plan's page again (422) with the errors under the target's form. */
    @Post(value = "/targets/{targetId}/reports", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> report(HttpRequest<?> request, @PathVariable long planId, @PathVariable long targetId,
                           @Body Map<String, Object> body) {
        CurrentUser user = PlanPages.user(request);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            reports.add(user, planId, targetId, PlanForms.report(body, errors), errors);
            return Pages.seeOther("/plans/" + planId + "#target-" + targetId);
        } catch (FormInvalid e) {
            Plan plan = plans.get(user, planId);
            Map<String, Object> model = PlanView.model(plan, reports.of(user, plan), units.options(user), targetId, body,
                    e.messages((k, a) -> pages.text(request, k, a)));
            model.put("editable", plans.editable(user, plan));
            model.put("canReport", true);
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "plans/plan-view", model);
        }
    }

    private HttpResponse<?> savePhase(HttpRequest<?> request, long planId, Long phaseId, Map<String, Object> body) {
        CurrentUser user = PlanPages.user(request);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            parts.savePhase(user, planId, phaseId, PlanForms.phase(body, errors), errors);
            return Pages.seeOther("/plans/" + planId);
        } catch (FormInvalid e) {
            Map<String, Object> v = new HashMap<>();
            List.of("name", "startsOn", "endsOn").forEach(f -> v.put(f, PlanForms.text(body, f)));
            return phaseForm(request, HttpStatus.UNPROCESSABLE_ENTITY, plans.forEdit(user, planId), phaseId, v,
                    e.messages((k, a) -> pages.text(request, k, a)));
        }
    }

    private HttpResponse<?> saveTarget(HttpRequest<?> request, long planId, Long targetId, Map<String, Object> body) {
        CurrentUser user = PlanPages.user(request);
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            parts.saveTarget(user, planId, targetId, PlanForms.target(body, store::unitByCode, store::courseBySlug, errors), errors);
            return Pages.seeOther("/plans/" + planId);
        } catch (FormInvalid e) {
            Map<String, Object> v = new HashMap<>();
            for (String f : TARGET_FIELDS) {
                v.put(f, PlanForms.text(body, f));
            }
            v.put("audience", PlanForms.values(body, "audience"));
            return targetForm(request, HttpStatus.UNPROCESSABLE_ENTITY, plans.forEdit(user, planId), targetId, v,
                    e.messages((k, a) -> pages.text(request, k, a)));
        }
    }

    private HttpResponse<?> phaseForm(HttpRequest<?> request, HttpStatus status, Plan plan, Long phaseId,
                                      Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("phaseId", phaseId);
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        return pages.render(status, request, "plans/plan-phase-form", model);
    }

    private HttpResponse<?> targetForm(HttpRequest<?> request, HttpStatus status, Plan plan, Long targetId,
                                       Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("targetId", targetId);
        model.put("form", values);
        // a HashMap has a field named threshold that the template engine would read for a missing key
        Map<String, String> shown = new HashMap<>(errors);
        shown.putIfAbsent("threshold", "");
        model.put("errors", shown);
        model.put("errorCount", errors.size());
        model.put("metrics", List.of(Metric.values()));
        model.put("windows", List.of(TargetWindow.values()));
        model.put("filters", List.of(UnitFilter.values()));
        Object chosen = values.get("audience");
        model.put("groups", java.util.Arrays.stream(AudienceGroup.values()).map(g -> Map.of("code", g.name(),
                "checked", chosen instanceof List<?> l && l.contains(g.name()))).toList());
        return pages.render(status, request, "plans/plan-target-form", model);
    }
}
