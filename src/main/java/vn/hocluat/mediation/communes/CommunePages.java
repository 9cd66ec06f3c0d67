package vn.hocluat.mediation.communes;

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
import vn.hocluat.mediation.communes.Communes.CommuneDetail;
import vn.hocluat.mediation.communes.Communes.State;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.org.UnitKind;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Model and pilot communes of a subtree: the list ({@code ?unit=&state=all|model|pilot}), a commune's page
 * with its recognitions, and the forms to record or revoke a recognition and to set the pilot flag
 * (303 after each; bad input re-renders the commune's page with the errors, 422).
 */
@Hidden
@Controller(CommuneUrls.BASE)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CommunePages {
    /** Units a list may start from (not villages or agencies, which hold no commune). */
    private static final Set<UnitKind> LIST_UNITS = EnumSet.of(UnitKind.NATION, UnitKind.PROVINCE, UnitKind.COMMUNE,
            UnitKind.WARD, UnitKind.SPECIAL_ZONE);
    private final Pages pages;
    private final CommuneService communes;
    private final UnitDirectory units;

    CommunePages(Pages pages, CommuneService communes, UnitDirectory units) {
        this.pages = pages;
        this.communes = communes;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unit, @Nullable @QueryValue String state) {
        CurrentUser user = user(request);
        Long asked = Params.id(unit, "unit");
        long unitId = asked == null ? user.unitId() : asked;
        State s = State.parse(state).orElseThrow(() -> Problem.badRequest("error.badParameter", "state"));
        Map<String, Object> model = new HashMap<>();
        List<Communes.Commune> list = communes.list(user, unitId, s);
        model.put("communes", list);
        model.put("total", list.size());
        model.put("unitId", unitId);
        model.put("state", s.code());
        model.put("states", Stream.of(State.values()).map(State::code).toList());
        model.put("units", units.options(user).stream().filter(o -> LIST_UNITS.contains(o.kind())).toList());
        model.put("today", communes.today());
        return pages.ok(request, "mediation/communes", model);
    }

    @Get("/{unitId}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long unitId) {
        return page(request, HttpStatus.OK, unitId, Map.of(), Map.of(), null);
    }

    @Post(value = "/{unitId}/recognitions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> recognise(HttpRequest<?> request, @PathVariable long unitId, @Body Map<String, Object> body) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            communes.recognise(user(request), unitId, CommuneForms.recognition(body, communes.today(), errors), errors);
            return Pages.seeOther(CommuneUrls.commune(unitId));
        } catch (FormInvalid e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, unitId, FormInvalid.values(body, CommuneForms.RECOGNITION),
                    e.messages((k, a) -> pages.text(request, k, a)), null);
        }
    }

    @Post(value = "/{unitId}/recognitions/{recognitionId}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(HttpRequest<?> request, @PathVariable long unitId, @PathVariable long recognitionId,
                           @Body Map<String, Object> body) {
        FormInvalid.Collector errors = new FormInvalid.Collector();
        try {
            communes.revoke(user(request), unitId, recognitionId, CommuneForms.revocation(body, communes.today(), errors), errors);
            return Pages.seeOther(CommuneUrls.commune(unitId));
        } catch (FormInvalid e) {
            return page(request, HttpStatus.UNPROCESSABLE_ENTITY, unitId, Map.of(),
                    e.messages((k, a) -> pages.text(request, k, a)), FormInvalid.values(body, CommuneForms.REVOCATION));
        }
    }

    @Post(value = "/{unitId}/pilot", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pilot(HttpRequest<?> request, @PathVariable long unitId, @Body Map<String, Object> body) {
        String value = FormInvalid.value(body, "pilot");
        if (!value.equals("true") && !value.equals("false")) {
            throw Problem.badRequest("error.badParameter", "pilot");
        }
        communes.setPilot(user(request), unitId, Boolean.parseBoolean(value));
        return Pages.seeOther(CommuneUrls.commune(unitId));
    }

    /** A commune's page; {@code form}/{@code revocation} hold what was typed when a form is shown again with its errors. */
    private HttpResponse<?> page(HttpRequest<?> request, HttpStatus status, long unitId, Map<String, Object> form,
                                 Map<String, String> errors, @Nullable Map<String, Object> revocation) {
        CommuneDetail d = communes.detail(user(request), unitId);
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("form", form);
        model.put("revocation", revocation == null ? Map.of() : revocation);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("today", communes.today());
        model.put("listUrl", CommuneUrls.list(user(request).unitId(), State.ALL.code()));
        model.put("inForce", d.commune().current() != null);
        return pages.render(status, request, "mediation/commune", model);
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
