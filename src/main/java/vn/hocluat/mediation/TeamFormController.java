package vn.hocluat.mediation;

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
import vn.hocluat.mediation.MediationTeams.Team;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.org.UnitDirectory.UnitOption;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Create and edit a team: the form, re-shown with field errors (422), 303 to the team after a save. */
@Hidden
@Controller(TeamUrls.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamFormController {
    private static final String TEMPLATE = "mediation/team-form";

    private final Pages pages;
    private final MediationTeamService teams;
    private final UnitDirectory units;

    TeamFormController(Pages pages, MediationTeamService teams, UnitDirectory units) {
        this.pages = pages;
        this.teams = teams;
        this.units = units;
    }

    @Get("/new")
    HttpResponse<?> newForm(HttpRequest<?> request) {
        CurrentUser user = TeamPagesAccess.manager(request);
        return form(request, user, HttpStatus.OK, null, TeamForm.blank(), Map.of());
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        CurrentUser user = TeamPagesAccess.manager(request);
        Map<String, Object> values = TeamForm.posted(body);
        List<UnitOption> choices = TeamForm.teamUnits(units.options(user));
        Map<String, String> errors = TeamForm.errors(values, choices);
        if (!errors.isEmpty()) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, null, values, errors);
        }
        long id = teams.create(user, TeamForm.input(values, choices));
        return Pages.seeOther(TeamUrls.show(id));
    }

    @Get("/{id}/edit")
    HttpResponse<?> editForm(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = TeamPagesAccess.manager(request);
        Team team = teams.detail(user, id, Dates.today()).team();
        return form(request, user, HttpStatus.OK, team, TeamForm.of(team), Map.of());
    }

    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        CurrentUser user = TeamPagesAccess.manager(request);
        Team team = teams.detail(user, id, Dates.today()).team();
        Map<String, Object> values = TeamForm.posted(body);
        List<UnitOption> choices = TeamForm.teamUnits(units.options(user));
        Map<String, String> errors = TeamForm.errors(values, choices);
        if (!errors.isEmpty()) {
            return form(request, user, HttpStatus.UNPROCESSABLE_ENTITY, team, values, errors);
        }
        teams.update(user, id, TeamForm.input(values, choices));
        return Pages.seeOther(TeamUrls.show(id));
    }

    private HttpResponse<?> form(HttpRequest<?> request, CurrentUser user, HttpStatus status, Team team,
                                 Map<String, Object> values, Map<String, String> errorKeys) {
        Map<String, String> errors = new LinkedHashMap<>();
        errorKeys.forEach((field, key) -> errors.put(field, pages.text(request, key)));
        Map<String, Object> model = new HashMap<>();
        model.put("titleKey", team == null ? "mediation.teams.form.newTitle" : "mediation.teams.form.editTitle");
        model.put("titleArg", team == null ? "" : team.name());
        model.put("action", team == null ? TeamUrls.NEW : TeamUrls.edit(team.id()));
        model.put("cancel", team == null ? TeamUrls.LIST : TeamUrls.show(team.id()));
        model.put("form", values);
        model.put("errors", errors);
        model.put("errorCount", errors.size());
        model.put("units", TeamForm.teamUnits(units.options(user)));
        return pages.render(status, request, TEMPLATE, model);
    }
}
