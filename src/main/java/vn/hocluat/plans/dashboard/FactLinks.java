package vn.hocluat.plans.dashboard;

import vn.hocluat.mediation.cases.CasePeriod;
import vn.hocluat.mediation.cases.CaseUrls;
import vn.hocluat.plans.dashboard.DashboardView.Link;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.List;

/**
 * The pages behind a number that teams, communes or ratings (not persons) stand behind: the mediation teams
 * (all, or those the condition leaves out), the case reports per team for the last month before the day, the communes with their recognition,
 * the ratings. Those pages are for managers, so other staff see no links; every page checks the unit's scope.
 */
final class FactLinks {
    private FactLinks() {
    }

    /** The links of a metric's card at a unit; the teams are judged on the dashboard's day, as its numbers are. */
    static List<Link> of(CurrentUser user, String metric, long unitId, LocalDate day) {
        if (!user.manager()) {
            return List.of();
        }
        String teams = "/mediation/teams?unit=" + unitId + "&on=" + Dates.format(day);
        return switch (metric) {
            case "TEAM_COMPLETE_SHARE" -> List.of(new Link("plans.dashboard.facts.incomplete", teams + "&state=incomplete"),
                    new Link("plans.dashboard.facts.teams", teams));
            case "TEAM_SUPPORTED_SHARE" -> List.of(new Link("plans.dashboard.facts.unsupported", teams + "&state=unsupported"),
                    new Link("plans.dashboard.facts.teams", teams));
            case "TRAINER_RATIO" -> List.of(new Link("plans.dashboard.facts.teams", teams));
            case "MEDIATION_SUCCESS_RATE" -> List.of(new Link("plans.dashboard.facts.cases", CaseUrls.unit(unitId, CasePeriod.monthBefore(day))));
            case "MODEL_COMMUNE_SHARE" -> List.of(new Link("plans.dashboard.facts.models", "/mediation/communes?unit=" + unitId + "&state=model"),
                    new Link("plans.dashboard.facts.communes", "/mediation/communes?unit=" + unitId));
            case "SATISFACTION_SHARE" -> List.of(new Link("plans.dashboard.facts.ratings", "/ratings?unit=" + unitId));
            default -> List.of();
        };
    }
}
