package vn.hocluat.contest.manage;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Markdown;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The organiser's pages: the list, the new-contest form, a contest with its rounds, adding a round, publishing. */
@Hidden
@Controller("/contests/manage")
@Secured({"ORGANISER", "MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ContestPagesController {
    private final Pages pages;
    private final ContestService contests;
    private final ContestQueries queries;
    private final UnitDirectory units;

    ContestPagesController(Pages pages, ContestService contests, ContestQueries queries, UnitDirectory units) {
        this.pages = pages;
        this.contests = contests;
        this.queries = queries;
        this.units = units;
    }

    @Serdeable
    record ContestForm(@Nullable String title, @Nullable String unitId, @Nullable String rules, @Nullable String minAge,
                       @Nullable String drawCount, @Nullable String timeLimit, @Nullable String attempts,
                       @Nullable String predictionKind) {
        ContestInput input() {
            return new ContestInput(title, unitId, rules, minAge, drawCount, timeLimit, attempts, predictionKind);
        }
    }

    @Serdeable
    record RoundForm(@Nullable String name, @Nullable String opensAt, @Nullable String closesAt) {
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request) {
        return pages.ok(request, "contest/manage-list", Map.of("contests", queries.list(user(request))));
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = user(request);
        ContestForm blank = new ContestForm("", Long.toString(user.unitId()), "", "", "20", "20", "", "NONE");
        return form(request, user, HttpStatus.OK, blank, Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body ContestForm body) {
        CurrentUser user = user(request);
        try {
            return Pages.seeOther("/contests/manage/" + contests.create(user, body.input()));
        } catch (ContestInvalid e) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, body, localised(request, e));
        }
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id) {
        return page(request, id, HttpStatus.OK, new RoundForm("", "", ""), Map.of(), List.of());
    }

    @Post(value = "/{id}/rounds", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addRound(HttpRequest<?> request, @PathVariable long id, @Body RoundForm body) {
        try {
            contests.addRound(user(request), id, body.name(), body.opensAt(), body.closesAt());
            return Pages.seeOther("/contests/manage/" + id);
        } catch (ContestInvalid e) {
            return page(request, id, HttpStatus.UNPROCESSABLE_ENTITY, body, localised(request, e), List.of());
        }
    }

    @Post(value = "/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(HttpRequest<?> request, @PathVariable long id) {
        try {
            contests.publish(user(request), id);
            return Pages.seeOther("/contests/manage/" + id);
        } catch (PublishRefused e) {
            List<String> reasons = e.reasons().stream()
                    .map(r -> pages.text(request, r.key(), r.args().toArray())).toList();
            return page(request, id, HttpStatus.UNPROCESSABLE_ENTITY, new RoundForm("", "", ""), Map.of(), reasons);
        }
    }

    private HttpResponse<?> page(HttpRequest<?> request, long id, HttpStatus status, RoundForm round,
                                 Map<String, String> errors, List<String> reasons) {
        CurrentUser user = user(request);
        ContestQueries.ContestLine contest = queries.get(user, id);
        Map<String, Object> model = new HashMap<>();
        model.put("contest", contest);
        model.put("rulesHtml", Markdown.toSafeHtml(contest.rulesMd()));
        model.put("rounds", contests.rounds(user, id).stream().map(r -> Map.of("name", r.name(),
                "opensAt", QuizTimes.format(r.opensAt()), "closesAt", QuizTimes.format(r.closesAt()))).toList());
        model.put("round", round);
        model.put("errors", errors);
        model.put("reasons", reasons);
        model.put("draft", "DRAFT".equals(contest.status()));
        return pages.render(status, request, "contest/manage-show", model);
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, ContestForm values,
                                 Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", units.options(user));
        model.put("kinds", List.of("NONE", "FULL_SCORE_COUNT", "TOTAL_ENTRANTS"));
        return pages.render(status, request, "contest/manage-form", model);
    }

    private Map<String, String> localised(HttpRequest<?> request, ContestInvalid e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.errors().forEach((field, key) -> out.put(field, pages.text(request, key)));
        return out;
    }

    private static CurrentUser user(HttpRequest<?> request) {
        return Pages.currentUser(request).orElseThrow(Problem::forbidden);
    }
}
