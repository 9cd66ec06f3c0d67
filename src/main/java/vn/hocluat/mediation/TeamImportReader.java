package vn.hocluat.mediation;

import jakarta.inject.Singleton;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.TeamImportLine.Issue;
import vn.hocluat.mediation.TeamPageQueries.RosterPerson;
import vn.hocluat.org.Unit;
import vn.hocluat.org.UnitRepository;
import vn.hocluat.platform.files.Table;
import vn.hocluat.platform.text.Dates;
import vn.hocluat.platform.text.Fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.hocluat.mediation.TeamImportColumn.EXTERNAL_NAME;
import static vn.hocluat.mediation.TeamImportColumn.MEMBER_FROM;
import static vn.hocluat.mediation.TeamImportColumn.MINORITY_AREA;
import static vn.hocluat.mediation.TeamImportColumn.PERSON_CODE;
import static vn.hocluat.mediation.TeamImportColumn.RECOGNISED_ON;
import static vn.hocluat.mediation.TeamImportColumn.ROLE;
import static vn.hocluat.mediation.TeamImportColumn.SUPPORT_KIND;
import static vn.hocluat.mediation.TeamImportColumn.TEAM_NAME;
import static vn.hocluat.mediation.TeamImportColumn.UNIT_CODE;

/**
 * Reads the rows of a team file one by one: units and roster people by code, which must lie in the
 * importer's subtree (one outside it is a problem of its row, as in the roster import), dates, Có/Không, roles and support kinds. Every problem
 * is collected with its row and column; only rows without problems become lines.
 */
@Singleton
class TeamImportReader {
    static final int MAX_NAME = 200;

    record Read(Map<TeamImportColumn, String> headers, List<TeamImportLine> lines, List<Issue> issues) {
    }

    private final UnitRepository units;
    private final TeamPageQueries queries;

    TeamImportReader(UnitRepository units, TeamPageQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    Read read(Table table, String scopePrefix) {
        Map<TeamImportColumn, Integer> at = new EnumMap<>(TeamImportColumn.class);
        Map<TeamImportColumn, String> headers = new EnumMap<>(TeamImportColumn.class);
        List<Issue> issues = new ArrayList<>();
        for (TeamImportColumn c : TeamImportColumn.values()) {
            Optional<Integer> i = table.column(c.acceptedNames());
            if (i.isPresent()) {
                at.put(c, i.get());
                headers.put(c, table.header().get(i.get()));
            } else if (c.required()) {
                issues.add(new Issue(1, c, "mediation.teams.import.missingColumn"));
            }
        }
        if (!issues.isEmpty()) {
            return new Read(headers, List.of(), issues);
        }
        Set<String> codes = new HashSet<>();
        table.rows().forEach(r -> codes.add(cell(r, at, PERSON_CODE)));
        codes.remove("");
        Map<String, RosterPerson> people = queries.peopleByCode(codes);
        Map<String, Optional<Unit>> unitCache = new HashMap<>();
        List<TeamImportLine> lines = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            int before = issues.size();
            TeamImportLine line = line(r, at, scopePrefix, people, unitCache, issues);
            if (issues.size() == before) {
                lines.add(line);
            }
        }
        return new Read(headers, lines, issues);
    }

    private TeamImportLine line(Table.Row r, Map<TeamImportColumn, Integer> at, String prefix, Map<String, RosterPerson> people,
                                Map<String, Optional<Unit>> unitCache, List<Issue> issues) {
        int n = r.number();
        Unit unit = unit(n, cell(r, at, UNIT_CODE), prefix, unitCache, issues);
        String name = cell(r, at, TEAM_NAME).replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            issues.add(new Issue(n, TEAM_NAME, "mediation.teams.import.required"));
        } else if (name.length() > MAX_NAME) {
            issues.add(new Issue(n, TEAM_NAME, "mediation.teams.import.tooLong", MAX_NAME));
        }
        LocalDate recognisedOn = date(r, at, RECOGNISED_ON, issues);
        Boolean area = TeamImportValues.yesNo(cell(r, at, MINORITY_AREA));
        if (area == null && !cell(r, at, MINORITY_AREA).isEmpty()) {
            issues.add(new Issue(n, MINORITY_AREA, "mediation.teams.import.yesNo", cell(r, at, MINORITY_AREA)));
        }
        String roleText = cell(r, at, ROLE);
        String code = cell(r, at, PERSON_CODE);
        String external = cell(r, at, EXTERNAL_NAME).replaceAll("\\s+", " ");
        String kindText = cell(r, at, SUPPORT_KIND);
        Optional<TeamImportValues.RowRole> role = TeamImportValues.role(roleText);
        if (!roleText.isEmpty() && role.isEmpty()) {
            issues.add(new Issue(n, ROLE, "mediation.teams.import.role", roleText));
        }
        if (roleText.isEmpty() && !(code + external + kindText).isEmpty()) {
            issues.add(new Issue(n, ROLE, "mediation.teams.import.roleMissing"));
        }
        boolean support = role.orElse(null) == TeamImportValues.RowRole.SUPPORT;
        MemberRole memberRole = role.flatMap(TeamImportValues.RowRole::memberRole).orElse(null);
        Long personId = code.isEmpty() ? null : person(n, code, prefix, people, issues);
        SupportKind kind = null;
        if (memberRole != null) {
            if (code.isEmpty()) {
                issues.add(new Issue(n, PERSON_CODE, "mediation.teams.import.memberCode"));
            }
            if (!external.isEmpty()) {
                issues.add(new Issue(n, EXTERNAL_NAME, "mediation.teams.import.onlySupport"));
            }
            if (!kindText.isEmpty()) {
                issues.add(new Issue(n, SUPPORT_KIND, "mediation.teams.import.onlySupport"));
            }
        } else if (support) {
            kind = TeamImportValues.kind(kindText).orElse(null);
            if (kindText.isEmpty()) {
                issues.add(new Issue(n, SUPPORT_KIND, "mediation.teams.import.kindRequired"));
            } else if (kind == null) {
                issues.add(new Issue(n, SUPPORT_KIND, "mediation.teams.import.kind", kindText));
            }
            if (code.isEmpty() == external.isEmpty()) {
                issues.add(new Issue(n, code.isEmpty() ? PERSON_CODE : EXTERNAL_NAME, "mediation.teams.import.supportWho"));
            } else if (external.length() > MAX_NAME) {
                issues.add(new Issue(n, EXTERNAL_NAME, "mediation.teams.import.tooLong", MAX_NAME));
            }
        }
        LocalDate from = date(r, at, MEMBER_FROM, issues);
        if (unit == null) {
            return null;
        }
        return new TeamImportLine(n, unit.id(), name, unit.id() + "|" + Fold.fold(name), recognisedOn, area, memberRole,
                support, personId, code.isEmpty() ? null : code, external.isEmpty() ? null : external, kind, from);
    }

    private Unit unit(int n, String code, String prefix, Map<String, Optional<Unit>> cache, List<Issue> issues) {
        if (code.isEmpty()) {
            issues.add(new Issue(n, UNIT_CODE, "mediation.teams.import.required"));
            return null;
        }
        Optional<Unit> unit = cache.computeIfAbsent(code, units::findByCode);
        if (unit.isEmpty()) {
            issues.add(new Issue(n, UNIT_CODE, "mediation.teams.import.unitUnknown", code));
            return null;
        }
        if (!unit.get().path().startsWith(prefix)) {
            issues.add(new Issue(n, UNIT_CODE, "mediation.teams.import.unitOutOfScope", code));
            return null;
        }
        if (!TeamForm.TEAM_UNITS.contains(unit.get().kind())) {
            issues.add(new Issue(n, UNIT_CODE, "mediation.teams.import.unitKind", code,
                    new TeamImportLine.Label("unit.kind." + unit.get().kind().name())));
            return null;
        }
        return unit.get();
    }

    private static Long person(int n, String code, String prefix, Map<String, RosterPerson> people, List<Issue> issues) {
        RosterPerson p = people.get(code);
        if (p == null) {
            issues.add(new Issue(n, PERSON_CODE, "mediation.teams.import.personUnknown", code));
            return null;
        }
        if (!p.unitPath().startsWith(prefix)) {
            issues.add(new Issue(n, PERSON_CODE, "mediation.teams.import.personOutOfScope", code));
            return null;
        }
        return p.id();
    }

    private static LocalDate date(Table.Row r, Map<TeamImportColumn, Integer> at, TeamImportColumn c, List<Issue> issues) {
        String text = cell(r, at, c);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> d = Dates.parse(text);
        if (d.isEmpty()) {
            issues.add(new Issue(r.number(), c, "mediation.teams.import.date", text));
        }
        return d.orElse(null);
    }

    private static String cell(Table.Row r, Map<TeamImportColumn, Integer> at, TeamImportColumn c) {
        Integer i = at.get(c);
        return i == null ? "" : r.cell(i).strip();
    }
}
