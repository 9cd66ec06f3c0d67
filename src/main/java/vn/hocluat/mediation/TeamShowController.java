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
import vn.hocluat.mediation.MediationTeams.TeamDetail;
import vn.hocluat.mediation.TeamChanges.Invalid;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

import java.util.Map;

/**
 * A team's page (members, supports, why it is not complete) and its forms: add a member, end a
 * membership, add or remove a supporting professional. A refused change re-renders the page (422)
 * with the message next to its form; every accepted one redirects (303) back to the page.
 */
@Hidden
@Controller(TeamUrls.LIST)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamShowController {
    private final Pages pages;
    private final MediationTeamService teams;
    private final TeamChanges changes;
    private final TeamShowModel models;

    TeamShowController(Pages pages, MediationTeamService teams, TeamChanges changes, TeamShowModel models) {
        this.pages = pages;
        this.teams = teams;
        this.changes = changes;
        this.models = models;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable long id) {
        CurrentUser user = TeamPagesAccess.manager(request);
        return pages.ok(request, "mediation/team-show", models.model(user, load(user, id), Map.of()));
    }

    @Post(value = "/{id}/members", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addMember(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        return change(request, id, body, "member", user -> changes.addMember(user, id, body));
    }

    @Post(value = "/{id}/members/{memberId}/end", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> endMember(HttpRequest<?> request, @PathVariable long id, @PathVariable long memberId,
                              @Body Map<String, Object> body) {
        return change(request, id, body, "end" + memberId, user -> changes.endMember(user, id, memberId, body));
    }

    @Post(value = "/{id}/supports", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addSupport(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> body) {
        return change(request, id, body, "support", user -> changes.addSupport(user, id, body));
    }

    @Post(value = "/{id}/supports/{supportId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeSupport(HttpRequest<?> request, @PathVariable long id, @PathVariable long supportId) {
        CurrentUser user = TeamPagesAccess.manager(request);
        teams.removeSupport(user, id, supportId);
        return Pages.seeOther(TeamUrls.show(id));
    }

    private interface Change {
        void apply(CurrentUser user);
    }

    /** Applies the change; a refusal the user can fix (422) shows its message at the form named by "where". */
    private HttpResponse<?> change(HttpRequest<?> request, long id, Map<String, Object> body, String where, Change change) {
        CurrentUser user = TeamPagesAccess.manager(request);
        String message;
        try {
            change.apply(user);
            return Pages.seeOther(TeamUrls.show(id));
        } catch (Invalid e) {
            message = pages.text(request, e.key(), e.args());
        } catch (Problem p) {
            if (p.status() != HttpStatus.BAD_REQUEST) {
                throw p;
            }
            message = pages.text(request, p.messageKey(), p.args());
        }
        Map<String, Object> model = models.model(user, load(user, id), TeamChanges.posted(body));
        model.put("error", Map.of("where", where, "message", message));
        return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, request, "mediation/team-show", model);
    }

    private TeamDetail load(CurrentUser user, long id) {
        return teams.detail(user, id, Dates.today());
    }
}
