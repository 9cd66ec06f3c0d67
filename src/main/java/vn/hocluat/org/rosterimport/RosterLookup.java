package vn.hocluat.org.rosterimport;

import vn.hocluat.org.AudienceGroup;
import vn.hocluat.org.Gender;
import vn.hocluat.org.TrainerLevel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Loads, in one query each, the units and the stored people a file names by code — only those, so
 * a 100,000-row file costs three round trips instead of one query per row.
 */
final class RosterLookup {
    private static final String UNITS = "select code, id, path from unit where code = any(?)";
    private static final String PEOPLE = """
            select p.id, p.code, p.full_name, p.birth_date, p.gender, p.ethnicity, p.phone, p.email, p.unit_id,
                   p.position, p.active_from, p.active_to, u.path
            from person p join unit u on u.id = p.unit_id
            where p.code = any(?)""";
    private static final String GROUPS = """
            select g.person_id, g.group_code, g.trainer_level, g.recognized_on
            from person_group g join person p on p.id = g.person_id
            where p.code = any(?)""";

    private RosterLookup() {
    }

    static Map<String, RosterPlan.UnitRef> units(Connection c, Collection<String> codes) throws SQLException {
        Map<String, RosterPlan.UnitRef> units = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(UNITS)) {
            st.setArray(1, textArray(c, codes));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getString(1), new RosterPlan.UnitRef(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return units;
    }

    static Map<String, RosterPlan.Existing> people(Connection c, Collection<String> codes) throws SQLException {
        Map<Long, Set<GroupValue>> groups = groups(c, codes);
        Map<String, RosterPlan.Existing> people = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(PEOPLE)) {
            st.setArray(1, textArray(c, codes));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    PersonValues values = new PersonValues(rs.getString(3), rs.getObject(4, LocalDate.class),
                            rs.getString(5) == null ? null : Gender.valueOf(rs.getString(5)), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                            rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class),
                            Set.copyOf(groups.getOrDefault(id, Set.of())));
                    people.put(rs.getString(2), new RosterPlan.Existing(id, rs.getString(13), values));
                }
            }
        }
        return people;
    }

    private static Map<Long, Set<GroupValue>> groups(Connection c, Collection<String> codes) throws SQLException {
        Map<Long, Set<GroupValue>> groups = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(GROUPS)) {
            st.setArray(1, textArray(c, codes));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String level = rs.getString(3);
                    groups.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(new GroupValue(
                            AudienceGroup.valueOf(rs.getString(2)), level == null ? null : TrainerLevel.valueOf(level),
                            rs.getObject(4, LocalDate.class)));
                }
            }
        }
        return groups;
    }

    private static Array textArray(Connection c, Collection<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }
}
