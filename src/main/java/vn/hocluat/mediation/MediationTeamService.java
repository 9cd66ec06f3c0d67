package vn.hocluat.mediation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.mediation.MediationTeams.Member;
import vn.hocluat.mediation.MediationTeams.MemberRole;
import vn.hocluat.mediation.MediationTeams.Support;
import vn.hocluat.mediation.MediationTeams.SupportKind;
import vn.hocluat.mediation.MediationTeams.Team;
import vn.hocluat.mediation.MediationTeams.TeamDetail;
import vn.hocluat.mediation.MediationTeams.TeamInput;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mediation teams of a subtree. Every read and write checks the user's scope here: a manager
 * writes only teams whose unit lies in their subtree, with members and supports from that subtree.
 */
@Singleton
public class MediationTeamService {
    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final TeamQueries queries;

    MediationTeamService(JdbcOperations jdbc, UnitScope scope, TeamQueries queries) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.queries = queries;
    }

    @Transactional
    public long create(CurrentUser user, TeamInput in) {
        requireManager(user);
        scope.require(user, in.unitId());
        String name = name(in);
        return insert("""
                insert into mediation_team (unit_id, name, recognised_on, ethnic_minority_area, active)
                values (?, ?, ?, ?, ?) returning id""", in.unitId(), name, in.recognisedOn(), in.ethnicMinorityArea(), in.active());
    }

    @Transactional
    public void update(CurrentUser user, long teamId, TeamInput in) {
        requireManager(user);
        writableTeam(user, teamId);
        scope.require(user, in.unitId());
        String name = name(in);
        jdbc.prepareStatement("""
                update mediation_team set unit_id = ?, name = ?, recognised_on = ?, ethnic_minority_area = ?,
                       active = ?, updated_at = now() where id = ?""", st -> {
            st.setLong(1, in.unitId());
            st.setString(2, name);
            st.setDate(3, in.recognisedOn() == null ? null : Date.valueOf(in.recognisedOn()));
            st.setBoolean(4, in.ethnicMinorityArea());
            st.setBoolean(5, in.active());
            st.setLong(6, teamId);
            return st.executeUpdate();
        });
    }

    @ReadOnly
    public TeamDetail detail(CurrentUser user, long teamId, LocalDate day) {
        Team team = queries.team(teamId).orElseThrow(Problem::notFound);
        scope.require(user, team.unitId());
        List<Member> members = queries.members(teamId);
        return new TeamDetail(team, members, queries.supports(teamId), reasons(team, members, day));
    }

    /** The teams of the user's subtree, each with the reasons it is not complete on the day. */
    @ReadOnly
    public List<TeamDetail> list(CurrentUser user, LocalDate day) {
        return queries.teamsUnder(scope.pathPrefix(user)).stream()
                .map(t -> {
                    List<Member> members = queries.members(t.id());
                    return new TeamDetail(t, members, queries.supports(t.id()), reasons(t, members, day));
                })
                .toList();
    }

    /** Adds a roster person of the user's subtree to the team from the given day. */
    @Transactional
    public long addMember(CurrentUser user, long teamId, long personId, MemberRole role, LocalDate from) {
        requireManager(user);
        writableTeam(user, teamId);
        scope.require(user, queries.personUnit(personId).orElseThrow(Problem::notFound));
        if (queries.currentMember(teamId, personId, from)) {
            throw Problem.badRequest("mediation.member.already");
        }
        return insert("""
                insert into mediation_team_member (team_id, person_id, role, member_from) values (?, ?, ?, ?)
                returning id""", teamId, personId, role.name(), from);
    }

    /** Ends a membership on the given day (the member no longer counts after it); the history stays. */
    @Transactional
    public void endMember(CurrentUser user, long teamId, long memberId, LocalDate to) {
        requireManager(user);
        writableTeam(user, teamId);
        Member m = queries.members(teamId).stream().filter(x -> x.id() == memberId).findFirst()
                .orElseThrow(Problem::notFound);
        if (to.isBefore(m.from())) {
            throw Problem.badRequest("mediation.member.endBeforeStart");
        }
        jdbc.prepareStatement("update mediation_team_member set member_to = ? where id = ? and team_id = ?", st -> {
            st.setDate(1, Date.valueOf(to));
            st.setLong(2, memberId);
            st.setLong(3, teamId);
            return st.executeUpdate();
        });
    }

    /** Adds a supporting professional: a roster person of the subtree, or (without one) a named external. */
    @Transactional
    public long addSupport(CurrentUser user, long teamId, SupportKind kind, @Nullable Long personId,
                           @Nullable String externalName) {
        requireManager(user);
        writableTeam(user, teamId);
        String external = externalName == null || externalName.isBlank() ? null : externalName.strip();
        if ((personId == null) == (external == null)) {
            throw Problem.badRequest("mediation.support.who");
        }
        if (external != null && external.length() > 200) {
            throw Problem.badRequest("mediation.support.nameTooLong");
        }
        if (personId != null) {
            scope.require(user, queries.personUnit(personId).orElseThrow(Problem::notFound));
        }
        return insert("""
                insert into mediation_team_support (team_id, kind, person_id, external_name) values (?, ?, ?, ?)
                returning id""", teamId, kind.name(), personId, external);
    }

    @Transactional
    public void removeSupport(CurrentUser user, long teamId, long supportId) {
        requireManager(user);
        writableTeam(user, teamId);
        int removed = jdbc.prepareStatement("delete from mediation_team_support where id = ? and team_id = ?", st -> {
            st.setLong(1, supportId);
            st.setLong(2, teamId);
            return st.executeUpdate();
        });
        if (removed == 0) {
            throw Problem.notFound();
        }
    }

    private long insert(String sql, Object... values) {
        return jdbc.prepareStatement(sql, st -> {
            for (int i = 0; i < values.length; i++) {
                st.setObject(i + 1, values[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private void writableTeam(CurrentUser user, long teamId) {
        Team team = queries.team(teamId).orElseThrow(Problem::notFound);
        scope.require(user, team.unitId());
    }

    private static void requireManager(CurrentUser user) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
    }

    private static String name(TeamInput in) {
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            throw Problem.badRequest("mediation.team.name.required");
        }
        if (name.length() > 200) {
            throw Problem.badRequest("mediation.team.name.tooLong");
        }
        return name;
    }

    static List<String> reasons(Team team, List<Member> members, LocalDate day) {
        Set<Long> seen = new HashSet<>();
        return TeamCompleteness.reasons(team.active(), team.ethnicMinorityArea(), members.stream()
                .filter(m -> m.activeOn(day) && seen.add(m.personId()))
                .map(m -> new TeamCompleteness.ActiveMember("FEMALE".equals(m.gender()),
                        TeamCompleteness.ethnicMinority(m.ethnicity())))
                .toList());
    }
}
