package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.MediationTeams.Member;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.Team;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Paged;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The team list of a subtree with its filters: a unit (its subtree), a name (without diacritics) and
 * a state. INCOMPLETE and UNSUPPORTED are the active teams the TEAM_COMPLETE_SHARE and
 * TEAM_SUPPORTED_SHARE numerators leave out, so the dashboard can link to the teams behind a number.
 */
@Singleton
class TeamListing {
    enum State { ALL, INCOMPLETE, UNSUPPORTED, INACTIVE }

    /** One line of the list: the team, its members active on the day, leader, reasons it is not complete. */
    record Row(Team team, int activeMembers, @Nullable String leader, List<String> reasons, boolean supported) {
        public boolean complete() {
            return reasons.isEmpty();
        }
    }

    record Filter(@Nullable Long unitId, @Nullable String q, State state, LocalDate day, int page) {
    }

    private final TeamQueries teams;
    private final TeamPageQueries queries;
    private final UnitScope scope;

    TeamListing(TeamQueries teams, TeamPageQueries queries, UnitScope scope) {
        this.teams = teams;
        this.queries = queries;
        this.scope = scope;
    }

    /** The page of teams; a unit outside the user's subtree is refused (403), an unknown one is 404. */
    @ReadOnly
    Paged<Row> page(CurrentUser user, Filter filter) {
        TeamPagesAccess.require(user);
        String prefix;
        if (filter.unitId() == null) {
            prefix = scope.pathPrefix(user);
        } else {
            scope.require(user, filter.unitId());
            prefix = scope.pathOf(filter.unitId());
        }
        String q = Fold.fold(filter.q());
        Map<Long, List<Member>> members = queries.membersUnder(prefix);
        Set<Long> supported = queries.supportedUnder(prefix);
        List<Row> rows = teams.teamsUnder(prefix).stream()
                .filter(t -> q.isEmpty() || Fold.fold(t.name()).contains(q))
                .map(t -> row(t, members.getOrDefault(t.id(), List.of()), supported.contains(t.id()), filter.day()))
                .filter(r -> shown(r, filter.state()))
                .toList();
        // a page past the end (the list shrank, or a typed URL) shows the last one
        int pages = Math.max(1, (rows.size() + Paged.PAGE_SIZE - 1) / Paged.PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        List<Row> items = rows.subList((int) Paged.offset(page, Paged.PAGE_SIZE),
                Math.min(rows.size(), page * Paged.PAGE_SIZE));
        return new Paged<>(List.copyOf(items), rows.size(), page, Paged.PAGE_SIZE);
    }

    private static Row row(Team team, List<Member> members, boolean supported, LocalDate day) {
        Set<Long> seen = new HashSet<>();
        List<Member> active = members.stream().filter(m -> m.activeOn(day) && seen.add(m.personId())).toList();
        String leader = active.stream().filter(m -> m.role() == MemberRole.LEADER).map(Member::fullName)
                .findFirst().orElse(null);
        return new Row(team, active.size(), leader, MediationTeamService.reasons(team, members, day), supported);
    }

    private static boolean shown(Row row, State state) {
        return switch (state) {
            case ALL -> true;
            case INCOMPLETE -> row.team().active() && !row.complete();
            case UNSUPPORTED -> row.team().active() && !row.supported();
            case INACTIVE -> !row.team().active();
        };
    }
}
