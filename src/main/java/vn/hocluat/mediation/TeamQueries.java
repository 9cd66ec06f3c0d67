package vn.hocluat.mediation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.MediationTeams.Member;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.Support;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.MediationTeams.Team;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads of mediation teams; callers check scope (MediationTeamService). */
@Singleton
class TeamQueries {
    private static final String TEAM = """
            select t.id, t.unit_id, u.name as unit_name, t.name, t.recognised_on, t.ethnic_minority_area, t.active
            from mediation_team t join unit u on u.id = t.unit_id""";

    private final JdbcOperations jdbc;

    TeamQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Team> team(long id) {
        return jdbc.prepareStatement(TEAM + " where t.id = ?", st -> {
            st.setLong(1, id);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(team(rs)) : Optional.empty();
            }
        });
    }

    List<Team> teamsUnder(String pathPrefix) {
        return jdbc.prepareStatement(TEAM + " where u.path like ? || '%' order by u.path, t.name, t.id", st -> {
            st.setString(1, pathPrefix);
            List<Team> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(team(rs));
                }
            }
            return out;
        });
    }

    /** Members in order of joining; a membership ends at the earlier of its own end and the person leaving the roster. */
    List<Member> members(long teamId) {
        return jdbc.prepareStatement("""
                select m.id, m.person_id, p.full_name, m.role, m.member_from, least(m.member_to, p.active_to) as member_to,
                       p.gender, p.ethnicity
                from mediation_team_member m join person p on p.id = m.person_id
                where m.team_id = ? order by m.member_from, m.id""", st -> {
            st.setLong(1, teamId);
            List<Member> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), MemberRole.valueOf(rs.getString(4)),
                            rs.getDate(5).toLocalDate(), date(rs, 6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        });
    }

    List<Support> supports(long teamId) {
        return jdbc.prepareStatement("""
                select s.id, s.kind, s.person_id, coalesce(p.full_name, s.external_name)
                from mediation_team_support s left join person p on p.id = s.person_id
                where s.team_id = ? order by s.id""", st -> {
            st.setLong(1, teamId);
            List<Support> out = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    // read the nullable person first: wasNull() speaks of the last column read
                    long person = rs.getLong(3);
                    Long personId = rs.wasNull() ? null : person;
                    out.add(new Support(rs.getLong(1), SupportKind.valueOf(rs.getString(2)), personId, rs.getString(4)));
                }
            }
            return out;
        });
    }

    Optional<Long> personUnit(long personId) {
        return jdbc.prepareStatement("select unit_id from person where id = ?", st -> {
            st.setLong(1, personId);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** Whether the person already has a membership of the team that is open on or after the day. */
    boolean currentMember(long teamId, long personId, LocalDate day) {
        return jdbc.prepareStatement("""
                select exists (select 1 from mediation_team_member
                               where team_id = ? and person_id = ? and (member_to is null or member_to >= ?))""", st -> {
            st.setLong(1, teamId);
            st.setLong(2, personId);
            st.setDate(3, Date.valueOf(day));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    private static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("name"),
                date(rs, 5), rs.getBoolean("ethnic_minority_area"), rs.getBoolean("active"));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
