package vn.hocluat.mediation;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.MediationTeams.Member;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.MediationTeams.TeamDetail;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a team's page shows: the team, its members and supports with their labels, and the choices of its forms. */
@Singleton
class TeamShowModel {
    private final TeamPageQueries queries;
    private final UnitScope scope;

    TeamShowModel(TeamPageQueries queries, UnitScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /** The page model; "form" refills the member and support forms after a refused change. */
    @ReadOnly
    Map<String, Object> model(CurrentUser user, TeamDetail detail, Map<String, Object> form) {
        LocalDate today = Dates.today();
        String todayText = Dates.format(today);
        Map<String, Object> values = new HashMap<>(form);
        values.putIfAbsent("from", todayText);
        values.putIfAbsent("to", todayText);
        values.putIfAbsent("role", "MEMBER");
        Map<String, Object> model = new HashMap<>();
        model.put("team", detail.team());
        model.put("reasons", detail.incompleteReasons());
        model.put("complete", detail.complete());
        model.put("members", detail.members().stream().map(m -> member(m, today)).toList());
        model.put("supports", detail.supports().stream().map(s -> Map.of("id", s.id(), "name", s.name(),
                "kindKey", "mediation.teams.kind." + s.kind().name(), "roster", s.personId() != null)).toList());
        model.put("mediators", queries.mediatorsUnder(scope.pathOf(detail.team().unitId())));
        model.put("kinds", Arrays.stream(SupportKind.values()).map(k -> Map.of("value", k.name(),
                "labelKey", "mediation.teams.kind." + k.name())).toList());
        model.put("roles", List.of("LEADER", "MEMBER"));
        model.put("form", values);
        model.put("editUrl", TeamUrls.edit(detail.team().id()));
        model.put("url", TeamUrls.show(detail.team().id()));
        model.put("today", today);
        return model;
    }

    private static Map<String, Object> member(Member m, LocalDate today) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", m.id());
        row.put("fullName", m.fullName());
        row.put("roleKey", "mediation.teams.role." + m.role().name());
        row.put("genderKey", m.gender() == null ? "" : "gender." + m.gender());
        row.put("ethnicity", m.ethnicity() == null ? "" : m.ethnicity());
        row.put("from", m.from());
        row.put("to", m.to());
        row.put("open", m.to() == null || !m.to().isBefore(today));
        return row;
    }
}
