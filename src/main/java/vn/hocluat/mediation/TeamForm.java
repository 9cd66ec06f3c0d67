package vn.hocluat.mediation;

import vn.hocluat.mediation.MediationTeams.Team;
import vn.hocluat.mediation.MediationTeams.TeamInput;
import vn.hocluat.org.UnitDirectory.UnitOption;
import vn.hocluat.org.UnitKind;
import vn.hocluat.platform.text.Dates;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The team form as posted (strings, checkboxes present or absent) and its checks: field → message key
 * for every field in error, or the TeamInput to save. The unit must be one the picker offers.
 */
final class TeamForm {
    /** A team serves a village (or residential group) or a commune-level unit. */
    static final Set<UnitKind> TEAM_UNITS = EnumSet.of(UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE,
            UnitKind.VILLAGE, UnitKind.RESIDENTIAL_GROUP);
    private static final int MAX_NAME = 200;

    private TeamForm() {
    }

    static Map<String, Object> blank() {
        Map<String, Object> values = new HashMap<>();
        values.put("active", true);
        return values;
    }

    static Map<String, Object> of(Team team) {
        Map<String, Object> values = new HashMap<>();
        values.put("unitId", String.valueOf(team.unitId()));
        values.put("name", team.name());
        values.put("recognisedOn", team.recognisedOn() == null ? "" : Dates.format(team.recognisedOn()));
        values.put("ethnicMinorityArea", team.ethnicMinorityArea());
        values.put("active", team.active());
        return values;
    }

    static Map<String, Object> posted(Map<String, Object> body) {
        Map<String, Object> values = new HashMap<>();
        values.put("unitId", TeamChanges.text(body, "unitId"));
        values.put("name", TeamChanges.text(body, "name"));
        values.put("recognisedOn", TeamChanges.text(body, "recognisedOn"));
        values.put("ethnicMinorityArea", body.containsKey("ethnicMinorityArea"));
        values.put("active", body.containsKey("active"));
        return values;
    }

    static List<UnitOption> teamUnits(List<UnitOption> options) {
        return options.stream().filter(o -> TEAM_UNITS.contains(o.kind())).toList();
    }

    /** Field → message key of each field in error (empty when the form is valid). */
    static Map<String, String> errors(Map<String, Object> values, List<UnitOption> units) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (unitId(values, units).isEmpty()) {
            errors.put("unitId", "mediation.teams.form.unitRequired");
        }
        String name = (String) values.get("name");
        if (name.isEmpty()) {
            errors.put("name", "mediation.team.name.required");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "mediation.team.name.tooLong");
        }
        String date = (String) values.get("recognisedOn");
        if (!date.isEmpty()) {
            Optional<LocalDate> d = Dates.parse(date);
            if (d.isEmpty()) {
                errors.put("recognisedOn", "mediation.teams.form.badDate");
            } else if (d.get().isAfter(Dates.today())) {
                errors.put("recognisedOn", "mediation.teams.form.futureDate");
            }
        }
        return errors;
    }

    /** The input of a form without errors. */
    static TeamInput input(Map<String, Object> values, List<UnitOption> units) {
        String date = (String) values.get("recognisedOn");
        return new TeamInput(unitId(values, units).orElseThrow(), (String) values.get("name"),
                date.isEmpty() ? null : Dates.parse(date).orElseThrow(),
                (Boolean) values.get("ethnicMinorityArea"), (Boolean) values.get("active"));
    }

    private static Optional<Long> unitId(Map<String, Object> values, List<UnitOption> units) {
        String id = (String) values.get("unitId");
        return units.stream().filter(u -> String.valueOf(u.id()).equals(id)).map(UnitOption::id).findFirst();
    }
}
