package vn.hocluat.mediation;

import io.micronaut.http.HttpRequest;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Pages;
import vn.hocluat.platform.web.Problem;

/** The team pages and the team import are for managers and administrators; everyone else gets 403. */
final class TeamPagesAccess {
    private TeamPagesAccess() {
    }

    static void require(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }

    static CurrentUser manager(HttpRequest<?> request) {
        CurrentUser user = Pages.currentUser(request).orElseThrow(Problem::forbidden);
        require(user);
        return user;
    }
}
