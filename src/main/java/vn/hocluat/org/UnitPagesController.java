package vn.hocluat.org;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The unit pages: a unit with its children (or a search in its subtree), and the create and edit forms. */
@Hidden
@Controller(UnitUrls.HOME)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitPagesController {
    private static final int PAGE_SIZE = 50;
    private final Pages pages;
    private final UnitService service;

    UnitPagesController(Pages pages, UnitService service) {
        this.pages = pages;
        this.service = service;
    }

    @Serdeable
    record UnitForm(@Nullable Long parentId, @Nullable String code, @Nullable String name, @Nullable String kind,
                    @Nullable String urban, @Nullable String population) {
        UnitInput input() {
            return new UnitInput(code, name, kind, urban, population);
        }
    }

    @Get
    HttpResponse<?> mine(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue Integer page) {
        return show(request, user(request).unitId(), q, page, null);
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Integer page, @Nullable @QueryValue String done) {
        CurrentUser user = user(request);
        Locale locale = pages.locale(request);
        Unit unit = service.get(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("unit", UnitView.of(unit, locale));
        model.put("breadcrumb", service.breadcrumb(user, unit));
        model.put("canEdit", service.canEdit(user, unit));
        model.put("canCreate", service.canCreateUnder(user, unit));
        model.put("canImport", UnitService.isEditor(user));
        model.put("done", done);
        boolean searching = q != null && !q.isBlank();
        model.put("q", searching ? q.strip() : "");
        model.put("searching", searching);
        if (searching) {
            int p = page == null || page < 0 ? 0 : page;
            UnitService.UnitPage found = service.list(user, id, q, p, PAGE_SIZE);
            model.put("rows", found.rows().stream().map(r -> UnitView.of(r, locale)).toList());
            model.put("total", found.total());
            model.put("hasPrev", p > 0);
            model.put("prev", p - 1);
            model.put("next", (long) (p + 1) * PAGE_SIZE < found.total() ? p + 1 : null);
        } else {
            model.put("rows", service.children(user, id).stream().map(r -> UnitView.of(r, locale)).toList());
        }
        return pages.ok(request, "org/unit-show", model);
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request, @QueryValue long parent) {
        CurrentUser user = user(request);
        Unit p = service.get(user, parent);
        if (!service.canCreateUnder(user, p)) {
            throw Problem.forbidden();
        }
        String kind = service.kindsUnder(p).get(0).name();
        return form(request, HttpStatus.OK, p, null, new UnitForm(parent, "", "", kind, "", ""), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body UnitForm form) {
        CurrentUser user = user(request);
        if (form.parentId() == null) {
            throw Problem.badRequest("error.missingParameter", "parentId");
        }
        try {
            Unit created = service.create(user, form.parentId(), form.input());
            return Pages.seeOther(UnitUrls.show(created.id()) + "?done=created");
        } catch (UnitInvalidException e) {
            Unit parent = service.get(user, form.parentId());
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, parent, null, form, e.errors());
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = user(request);
        Unit unit = service.get(user, id);
        if (!service.canEdit(user, unit)) {
            throw Problem.forbidden();
        }
        UnitForm form = new UnitForm(null, unit.code(), unit.name(), unit.kind().name(),
                unit.urban() == null ? "" : unit.urban().toString(), unit.population() == null ? "" : unit.population().toString());
        return form(request, HttpStatus.OK, null, unit, form, Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body UnitForm form) {
        CurrentUser user = user(request);
        try {
            service.update(user, id, form.input());
            return Pages.seeOther(UnitUrls.show(id) + "?done=updated");
        } catch (UnitInvalidException e) {
            return form(request, HttpStatus.UNPROCESSABLE_ENTITY, null, service.get(user, id), form, e.errors());
        }
    }

    /** The create form (parent given) or the edit form (unit given), with localised field errors. */
    private HttpResponse<?> form(HttpRequest<?> request, HttpStatus status, @Nullable Unit parent, @Nullable Unit unit,
                                 UnitForm form, Map<String, String> errorKeys) {
        CurrentUser user = user(request);
        Map<String, String> errors = new HashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, pages.text(request, key)));
        List<UnitKind> kinds = unit == null ? service.kindsUnder(parent) : service.kindsFor(unit);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("hasErrors", !errors.isEmpty());
        model.put("kinds", kinds.stream().map(Enum::name).toList());
        model.put("parent", parent);
        model.put("unit", unit);
        model.put("titleKey", unit == null ? "unit.new.title" : "unit.edit.title");
        model.put("codeLocked", unit != null && !service.canEditCode(user, unit));
        model.put("action", unit == null ? UnitUrls.HOME : UnitUrls.show(unit.id()));
        model.put("back", unit == null ? UnitUrls.show(parent.id()) : UnitUrls.show(unit.id()));
        return pages.render(status, request, "org/unit-form", model);
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
