package vn.hocluat.mediation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.MediationTeams.Member;
import vn.hocluat.mediation.MediationTeams.MemberRole;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reads behind the team pages and the team import: whole subtrees in a few statements (not one
 * per team), roster people by code, the mediators a member may be chosen from. Callers check scope.
 */
@Singleton
class TeamPageQueries {
    /** A roster person as a picker or an import row sees them. */
    record RosterPerson(long id, String code, String fullName, long unitId, String unitPath) {
    }

    private final JdbcOperations jdbc;

    TeamPageQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The members of every team whose unit lies under the path, by team, each team's in order of joining. */
    Map<Long, List<Member>> membersUnder(String pathPrefix) {
        return jdbc.prepareStatement("""
                select m.team_id, m.id, m.person_id, p.full_name, m.role, m.member_from,
                       least(m.member_to, p.active_to) as member_to, p.gender, p.ethnicity
                from mediation_team_member m join person p on p.id = m.person_id
                     join mediation_team t on t.id = m.team_id join unit u on u.id = t.unit_id
                where u.path like ? || '%' order by m.team_id, m.member_from, m.id""", st -> {
            st.setString(1, pathPrefix);
            Map<Long, List<Member>> out = new HashMap<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    Date to = rs.getDate(7);
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Member(rs.getLong(2), rs.getLong(3),
                            rs.getString(4), MemberRole.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(),
                            to == null ? null : to.toLocalDate(), rs.getString(8), rs.getString(9)));
                }
            }
            return out;
        });
    }

    /** The ids of the teams under the path with at least one supporting professional. */
    Set<Long> supportedUnder(String pathPrefix) {
        return jdbc.prepareStatement("""
                select distinct s.team_id from mediation_team_support s join mediation_team t on t.id = s.team_id
                     join unit u on u.id = t.unit_id where u.path like ? || '%'""", st -> {
            st.setString(1, pathPrefix);
            Set<Long> out = new HashSet<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Mediators (roster group MEDIATOR) on the roster today whose unit lies under the path, by name. */
    List<RosterPerson> mediatorsUnder(String pathPrefix) {
        return jdbc.prepareStatement("""
                select p.id, p.code, p.full_name, p.unit_id, u.path from person p join unit u on u.id = p.unit_id
                where u.path like ? || '%' and (p.active_to is null or p.active_to >= current_date)
                  and exists (select 1 from person_group g where g.person_id = p.id and g.group_code = 'MEDIATOR')
                order by p.search_name, p.id limit 500""", st -> {
            st.setString(1, pathPrefix);
            return people(st);
        });
    }

    /** Roster people by code (exact codes as stored). */
    Map<String, RosterPerson> peopleByCode(Set<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc.prepareStatement("""
                select p.id, p.code, p.full_name, p.unit_id, u.path from person p join unit u on u.id = p.unit_id
                where p.code = any (?)""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("varchar", codes.toArray()));
            Map<String, RosterPerson> out = new HashMap<>();
            for (RosterPerson p : people(st)) {
                out.put(p.code(), p);
            }
            return out;
        });
    }

    Optional<RosterPerson> person(long id) {
        return jdbc.prepareStatement("""
                select p.id, p.code, p.full_name, p.unit_id, u.path from person p join unit u on u.id = p.unit_id
                where p.id = ?""", st -> {
            st.setLong(1, id);
            return people(st).stream().findFirst();
        });
    }

    /** Teams of a unit: id → name, for matching an imported team by its folded name. */
    Map<Long, String> teamNamesOf(long unitId) {
        return jdbc.prepareStatement("select id, name from mediation_team where unit_id = ? order by id", st -> {
            st.setLong(1, unitId);
            Map<Long, String> out = new HashMap<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    private static List<RosterPerson> people(PreparedStatement st) throws SQLException {
        List<RosterPerson> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new RosterPerson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return out;
    }
}
