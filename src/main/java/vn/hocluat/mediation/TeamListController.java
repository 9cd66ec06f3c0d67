package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.hocluat.org.UnitDirectory;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Params;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The teams of the manager's subtree (or of a unit in it): filters by unit, name and state
 * (all, incomplete, unsupported, inactive), completeness as of today or of the day given in "on".
 */
@Hidden
@Controller(TeamUrls.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamListController {
    private final Pages pages;
    private final TeamListing listing;
    private final UnitDirectory units;

    TeamListController(Pages pages, TeamListing listing, UnitDirectory units) {
        this.pages = pages;
        this.listing = listing;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, @Nullable @QueryValue String unit, @Nullable @QueryValue String q,
                         @Nullable @QueryValue String state, @Nullable @QueryValue String on,
                         @Nullable @QueryValue String page) {
        CurrentUser user = TeamPagesAccess.manager(request);
        Long unitId = Params.id(unit, "unit");
        TeamListing.State chosen = state(state);
        LocalDate given = Params.date(on, "on");
        LocalDate day = given == null ? Dates.today() : given;
        String query = q == null ? "" : q.strip();
        Paged<TeamListing.Row> result = listing.page(user, new TeamListing.Filter(unitId, query, chosen, day, Params.page(page)));

        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("unitId", unitId == null ? "" : unitId.toString());
        model.put("q", query);
        model.put("state", chosen.name());
        model.put("states", Arrays.stream(TeamListing.State.values()).map(s -> Map.of("value", s.name().toLowerCase(Locale.ROOT),
                "name", s.name(), "labelKey", "mediation.teams.state." + s.name())).toList());
        model.put("day", day);
        model.put("units", units.options(user));
        model.put("newUrl", TeamUrls.NEW);
        model.put("importUrl", TeamUrls.IMPORT);
        LocalDate shownOn = day.equals(Dates.today()) ? null : day;
        model.put("on", shownOn == null ? "" : Dates.format(shownOn));
        result.links(model, p -> TeamUrls.list(unitId, query, chosen, shownOn, p));
        return pages.ok(request, "mediation/team-list", model);
    }

    private static TeamListing.State state(String text) {
        if (text == null || text.isBlank()) {
            return TeamListing.State.ALL;
        }
        try {
            return TeamListing.State.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("error.badParameter", "state");
        }
    }
}
