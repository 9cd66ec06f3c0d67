package vn.hocluat.contest.manage;

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
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The organiser's pages: the list, the new-contest and edit forms, a contest with its rounds, adding a round, publishing. */
@Hidden
@Controller("/contests/manage")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ContestPagesController {
    private static final List<String> FIELDS = List.of("title", "unitId", "rules", "minAge", "drawCount", "timeLimit",
            "attempts", "predictionKind");

    private final Pages pages;
    private final ContestService contests;
    private final ContestEditService edits;
    private final ContestQueries queries;
    private final ContestPage page;
    private final UnitDirectory units;

    ContestPagesController(Pages pages, ContestService contests, ContestEditService edits, ContestQueries queries,
                           ContestPage page, UnitDirectory units) {
        this.pages = pages;
        this.contests = contests;
        this.edits = edits;
        this.queries = queries;
        this.page = page;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return pages.ok(request, "contest/manage-list", Map.of("contests", queries.list(ContestPage.user(request))));
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = ContestPage.user(request);
        ContestInput blank = new ContestInput("", Long.toString(user.unitId()), "", "", "20", "20", "", "NONE");
        return form(request, user, HttpStatus.OK, 0, blank, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = ContestPage.user(request);
        ContestInput input = input(body);
        try {
            return Pages.seeOther("/contests/manage/" + contests.create(user, input));
        } catch (ContestInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, 0, input, page.localised(request, e));
        }
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id) {
        return page.render(request, id, HttpStatus.OK, Map.of());
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = ContestPage.user(request);
        return form(request, user, HttpStatus.OK, id, edits.current(user, id), Map.of());
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> edit(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = ContestPage.user(request);
        ContestInput input = input(body);
        try {
            edits.update(user, id, input);
            return Pages.seeOther("/contests/manage/" + id);
        } catch (ContestInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, id, input, page.localised(request, e));
        }
    }

    @Post(value = "/{id}/rounds", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addRound(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        String name = ContestPage.field(body, "name");
        String opensAt = ContestPage.field(body, "opensAt");
        String closesAt = ContestPage.field(body, "closesAt");
        try {
            contests.addRound(ContestPage.user(request), id, name, opensAt, closesAt);
            return Pages.seeOther("/contests/manage/" + id + "#rounds");
        } catch (ContestInvalid e) {
            return page.render(request, id, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("round",
                    Map.of("name", name, "opensAt", opensAt, "closesAt", closesAt), "errors", page.localised(request, e)));
        }
    }

    @Post(value = "/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable long id) {
        try {
            contests.publish(ContestPage.user(request), id);
            return Pages.seeOther("/contests/manage/" + id);
        } catch (PublishRefused e) {
            List<String> reasons = e.reasons().stream()
                    .map(r -> pages.text(request, r.key(), r.args().toArray())).toList();
            return page.render(request, id, HttpStatus.UNPROCESSABLE_ENTITY, Map.of("reasons", reasons));
        }
    }

    private static ContestInput input(Map<String, Object> body) {
        List<String> ranking = new ArrayList<>();
        for (int i = 1; i <= ContestValues.RANKING_KEYS.size(); i++) {
            ranking.add(ContestPage.field(body, "rank" + i));
        }
        boolean noRanking = ranking.stream().allMatch(String::isEmpty) && !body.containsKey("rank1");
        return new ContestInput(ContestPage.field(body, "title"), ContestPage.field(body, "unitId"),
                ContestPage.field(body, "rules"), ContestPage.field(body, "minAge"), ContestPage.field(body, "drawCount"),
                ContestPage.field(body, "timeLimit"), ContestPage.field(body, "attempts"),
                ContestPage.field(body, "predictionKind"), ContestPage.fields(body, "residenceUnitIds"),
                noRanking ? null : ranking);
    }

    /** The new-contest form ({@code id} 0) or the edit form of contest {@code id}. */
    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, long id, ContestInput values,
                                 Map<String, String> errors) {
        Map<String, Object> form = new HashMap<>();
        List<Object> texts = List.of(values.title(), values.unitId(), values.rules(), values.minAge(), values.drawCount(),
                values.timeLimit(), values.attempts(), values.predictionKind());
        for (int i = 0; i < FIELDS.size(); i++) {
            form.put(FIELDS.get(i), texts.get(i) == null ? "" : texts.get(i));
        }
        List<String> chosen = values.residenceUnitIds() == null ? List.of() : values.residenceUnitIds();
        List<String> order = values.rankingOrder() == null ? ContestValues.RANKING_KEYS : values.rankingOrder();
        List<UnitDirectory.UnitOption> options = units.options(user);
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", options);
        model.put("residence", options.stream().map(u -> Map.of("id", u.id(), "label", u.label(),
                "selected", chosen.contains(Long.toString(u.id())))).toList());
        List<Map<String, Object>> slots = new ArrayList<>();
        for (int i = 0; i < ContestValues.RANKING_KEYS.size(); i++) {
            slots.add(Map.of("n", i + 1, "value", i < order.size() && order.get(i) != null ? order.get(i) : ""));
        }
        model.put("ranking", slots);
        model.put("rankingKeys", ContestValues.RANKING_KEYS);
        model.put("kinds", ContestValues.PREDICTION_KINDS);
        model.put("id", id);
        model.put("editing", id > 0);
        model.put("titleKey", id > 0 ? "contest.organiser.form.editTitle" : "contest.organiser.form.title");
        model.put("action", id > 0 ? "/contests/manage/" + id + "/edit" : "/contests/manage");
        return pages.render(status, request, "contest/manage-form", model);
    }
}
