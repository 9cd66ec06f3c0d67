package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;
import vn.hocluat.mediation.TeamImportLine.Issue;
import vn.hocluat.platform.text.Fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lines of a file grouped by team (unit + folded name, in file order). The rows of one team must
 * agree on its recognition date and area (an empty cell agrees with anything), and may not name the
 * same member or the same supporter twice; each disagreement is an issue at the later row.
 */
final class TeamImportPlan {
    /** One team of the file: the first row naming it, what its rows state, and who they add. */
    static final class Team {
        final TeamImportLine first;
        @Nullable LocalDate recognisedOn;
        @Nullable Boolean minorityArea;
        final List<TeamImportLine> members = new ArrayList<>();
        final List<TeamImportLine> supports = new ArrayList<>();
        private int recognisedRow;
        private int areaRow;
        private final Map<Long, Integer> memberRows = new HashMap<>();
        private final Map<String, Integer> supportRows = new HashMap<>();

        Team(TeamImportLine first) {
            this.first = first;
        }
    }

    final List<Team> teams;
    final List<Issue> issues;

    private TeamImportPlan(List<Team> teams, List<Issue> issues) {
        this.teams = teams;
        this.issues = issues;
    }

    static TeamImportPlan of(List<TeamImportLine> lines) {
        Map<String, Team> byKey = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        for (TeamImportLine line : lines) {
            Team team = byKey.computeIfAbsent(line.key(), k -> new Team(line));
            if (line.recognisedOn() != null) {
                if (team.recognisedOn == null) {
                    team.recognisedOn = line.recognisedOn();
                    team.recognisedRow = line.row();
                } else if (!team.recognisedOn.equals(line.recognisedOn())) {
                    issues.add(new Issue(line.row(), TeamImportColumn.RECOGNISED_ON, "mediation.teams.import.conflict", team.recognisedRow));
                }
            }
            if (line.minorityArea() != null) {
                if (team.minorityArea == null) {
                    team.minorityArea = line.minorityArea();
                    team.areaRow = line.row();
                } else if (!team.minorityArea.equals(line.minorityArea())) {
                    issues.add(new Issue(line.row(), TeamImportColumn.MINORITY_AREA, "mediation.teams.import.conflict", team.areaRow));
                }
            }
            if (line.role() != null) {
                Integer earlier = team.memberRows.putIfAbsent(line.personId(), line.row());
                if (earlier != null) {
                    issues.add(new Issue(line.row(), TeamImportColumn.PERSON_CODE, "mediation.teams.import.duplicate", earlier));
                } else {
                    team.members.add(line);
                }
            } else if (line.support()) {
                String who = line.kind() + "|" + (line.personId() != null ? line.personId() : "~" + Fold.fold(line.externalName()));
                Integer earlier = team.supportRows.putIfAbsent(who, line.row());
                if (earlier != null) {
                    issues.add(new Issue(line.row(), line.personId() != null ? TeamImportColumn.PERSON_CODE
                            : TeamImportColumn.EXTERNAL_NAME, "mediation.teams.import.duplicate", earlier));
                } else {
                    team.supports.add(line);
                }
            }
        }
        return new TeamImportPlan(List.copyOf(byKey.values()), issues);
    }

    /** Whether a stored team differs from what the file states about it (unstated values keep the stored ones). */
    static boolean changes(MediationTeams.Team stored, Team team) {
        return team.recognisedOn != null && !Objects.equals(team.recognisedOn, stored.recognisedOn())
                || team.minorityArea != null && team.minorityArea != stored.ethnicMinorityArea();
    }
}
