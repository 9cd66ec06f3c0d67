package vn.hocluat.mediation.cases;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.mediation.cases.CaseReports.Entry;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.History;
import vn.hocluat.mediation.cases.CaseReports.Report;
import vn.hocluat.mediation.cases.CaseReports.Team;
import vn.hocluat.mediation.cases.CaseReports.TeamFigures;
import vn.hocluat.mediation.cases.CaseReports.UnitFigures;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Case tallies of mediation teams. Only managers and administrators read or write them, and only for
 * teams of units in their subtree (checked here for every call). Every report is kept; a later report
 * for the same team and period becomes the current one and the earlier stays readable in the history.
 */
@Singleton
public class CaseReportService {
    private final CaseQueries queries;
    private final UnitScope scope;
    private final Clock clock;

    CaseReportService(CaseQueries queries, UnitScope scope, Clock clock) {
        this.queries = queries;
        this.scope = scope;
        this.clock = clock;
    }

    /** Today, as the checks of a report read it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records a report; true when it replaced an earlier report of the team and period. */
    @Transactional
    public boolean record(CurrentUser user, Entry entry) {
        requireManager(user);
        Team team = queries.team(entry.teamId()).orElseThrow(Problem::notFound);
        scope.require(user, team.unitId());
        queries.lockTeam(team.id());
        Optional<Problem> refused = refusal(entry);
        if (refused.isPresent()) {
            throw refused.get();
        }
        boolean replaced = queries.retire(team.id(), entry.period());
        queries.insert(entry, user.accountId());
        return replaced;
    }

    /** Records every entry or none (an import); the number that replaced earlier reports. */
    @Transactional
    public int recordAll(CurrentUser user, List<Entry> entries) {
        int replaced = 0;
        for (Entry e : entries) {
            replaced += record(user, e) ? 1 : 0;
        }
        return replaced;
    }

    /**
     * Why the report cannot be recorded, as a 400 with a message key, or empty: figures that break a rule,
     * a period not yet begun, or a period sharing days with another period already reported for the team.
     */
    Optional<Problem> refusal(Entry entry) {
        Optional<String> figures = entry.figures().problem();
        if (figures.isPresent()) {
            return Optional.of(Problem.badRequest(figures.get()));
        }
        if (entry.period().start().isAfter(today())) {
            return Optional.of(Problem.badRequest("mediation.cases.error.future"));
        }
        return queries.overlapping(entry.teamId(), entry.period()).map(other -> Problem.badRequest(
                "mediation.cases.error.overlap", other.fileText(), entry.period().fileText()));
    }

    /** The teams of the unit's subtree with their current figures for the period, and the sums. */
    @ReadOnly
    public UnitFigures unitFigures(CurrentUser user, long unitId, CasePeriod period) {
        requireManager(user);
        scope.require(user, unitId);
        String path = scope.pathOf(unitId);
        Map<Long, Report> current = queries.currentReports(path, period);
        List<TeamFigures> teams = new ArrayList<>();
        Figures sums = Figures.ZERO;
        for (Team t : queries.teamsUnder(path)) {
            Report r = current.get(t.id());
            teams.add(new TeamFigures(t, r));
            if (r != null) {
                sums = sums.plus(r.figures());
            }
        }
        return new UnitFigures(unitId, queries.unitName(unitId), period, teams, sums, current.size());
    }

    /** Every report of the team for the period, the current one first. */
    @ReadOnly
    public History history(CurrentUser user, long teamId, CasePeriod period) {
        return new History(readableTeam(user, teamId), period, queries.history(teamId, period));
    }

    /** The teams of the user's subtree (the rows of an import template). */
    @ReadOnly
    public List<Team> teams(CurrentUser user) {
        requireManager(user);
        return queries.teamsUnder(scope.pathPrefix(user));
    }

    @ReadOnly
    public Team team(CurrentUser user, long teamId) {
        return readableTeam(user, teamId);
    }

    private Team readableTeam(CurrentUser user, long teamId) {
        requireManager(user);
        Team team = queries.team(teamId).orElseThrow(Problem::notFound);
        scope.require(user, team.unitId());
        return team;
    }

    static void requireManager(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }
}
