package vn.hocluat.training;

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
import vn.hocluat.platform.web.FormInvalid;
import vn.hocluat.platform.web.Params;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Activity pages: the filtered list, the form to record or edit one, deleting one. */
@Hidden
@Controller(ActivityUrls.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ActivitiesController {
    private final Pages pages;
    private final ActivityService activities;
    private final UnitDirectory units;

    ActivitiesController(Pages pages, ActivityService activities, UnitDirectory units) {
        this.pages = pages;
        this.activities = activities;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unit, @Nullable @QueryValue String mode,
                         @Nullable @QueryValue String topic, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @Nullable @QueryValue String q, @Nullable @QueryValue String page,
                         @Nullable @QueryValue String deleted) {
        CurrentUser user = user(request);
        ActivityMode m = mode == null || mode.isBlank() ? null : Arrays.stream(ActivityMode.values())
                .filter(x -> x.name().equals(mode)).findFirst().orElseThrow(() -> Problem.badRequest("error.badParameter", "mode"));
        String topicCode = Params.text(topic).isEmpty() ? null : Params.text(topic);
        ActivityFilter filter = new ActivityFilter(Params.id(unit, "unit"), m, topicCode, Params.date(from, "from"),
                Params.date(to, "to"), Params.text(q), Params.page(page));
        Paged<ActivityRow> result = activities.list(user, filter);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("unit", Params.text(unit));
        query.put("mode", Params.text(mode));
        query.put("topic", Params.text(topic));
        query.put("from", Params.text(from));
        query.put("to", Params.text(to));
        query.put("q", Params.text(q));
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("filter", query);
        model.put("units", units.options(user));
        model.put("modes", Arrays.stream(ActivityMode.values()).map(Enum::name).toList());
        model.put("canWrite", user.author());
        model.put("deleted", deleted != null);
        result.links(model, p -> ActivityUrls.LIST + "?" + encode(query) + "page=" + p);
        return pages.ok(request, "training/activity-list", model);
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = ActivityService.requireAuthor(user(request));
        return form(request, user, HttpStatus.OK, null, ActivityForm.blank(user.unitId()), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = ActivityService.requireAuthor(user(request));
        Map<String, Object> values = ActivityForm.posted(body);
        try {
            long id = activities.create(user, ActivityForm.input(values));
            return Pages.seeOther(ActivityUrls.show(id) + "?saved=1");
        } catch (FormInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, values, e.messages((k, a) -> pages.text(request, k, a)));
        }
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = user(request);
        ActivityView activity = activities.writable(user, id);
        return form(request, user, HttpStatus.OK, id, ActivityForm.of(activity), Map.of());
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = user(request);
        activities.writable(user, id);
        Map<String, Object> values = ActivityForm.posted(body);
        try {
            activities.update(user, id, ActivityForm.input(values));
            return Pages.seeOther(ActivityUrls.show(id) + "?saved=1");
        } catch (FormInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, id, values, e.messages((k, a) -> pages.text(request, k, a)));
        }
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, @PathVariable long id) {
        activities.delete(user(request), id);
        return Pages.seeOther(ActivityUrls.LIST + "?deleted=1");
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, @Nullable Long id,
                                 Map<String, Object> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("action", id == null ? ActivityUrls.LIST : ActivityUrls.show(id));
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", units.options(user));
        model.put("modes", Arrays.stream(ActivityMode.values()).map(Enum::name).toList());
        return pages.render(status, request, "training/activity-form", model);
    }

    private static String encode(Map<String, String> query) {
        StringBuilder out = new StringBuilder();
        query.forEach((k, v) -> {
            if (!v.isEmpty()) {
                out.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        });
        return out.toString();
    }

    static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
