package vn.hocluat.mediation.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.mediation.cases.CaseReports.Entry;
import vn.hocluat.mediation.cases.CaseReports.Figures;
import vn.hocluat.mediation.cases.CaseReports.Report;
import vn.hocluat.mediation.cases.CaseReports.Source;
import vn.hocluat.mediation.cases.CaseReports.Team;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL of the case tallies (mediation_case_report, V410); callers check scope (CaseReportService). */
@Singleton
class CaseQueries {
    private static final String TEAM = """
            select t.id, t.unit_id, u.code, u.name, t.name, t.active
            from mediation_team t join unit u on u.id = t.unit_id""";
    private static final String REPORT = """
            select r.id, r.period_kind, r.period_start, r.period_end, r.received, r.successful, r.unsuccessful,
                   r.in_progress, r.current, r.source, r.file_name, a.display_name, r.reported_at, r.team_id
            from mediation_case_report r join account a on a.id = r.reported_by""";

    /** Reads one row of a result. */
    private interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    CaseQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Team> team(long id) {
        return list(TEAM + " where t.id = ?", CaseQueries::team, id).stream().findFirst();
    }

    /** Locks the team's row so that two reports for it are checked and written one after the other. */
    void lockTeam(long id) {
        list("select id from mediation_team where id = ? for update", rs -> rs.getLong(1), id);
    }

    String unitName(long unitId) {
        return list("select name from unit where id = ?", rs -> rs.getString(1), unitId).get(0);
    }

    List<Team> teamsUnder(String pathPrefix) {
        return list(TEAM + " where u.path like ? || '%' order by u.path, t.name, t.id", CaseQueries::team, pathPrefix);
    }

    /** The current report of each team of the subtree for exactly this period, by team id. */
    Map<Long, Report> currentReports(String pathPrefix, CasePeriod period) {
        Map<Long, Report> out = new HashMap<>();
        list(REPORT + """
                 join mediation_team t on t.id = r.team_id join unit u on u.id = t.unit_id
                where u.path like ? || '%' and r.current and r.period_start = ? and r.period_end = ?""",
                rs -> out.put(rs.getLong(14), report(rs)), pathPrefix, Date.valueOf(period.start()), Date.valueOf(period.end()));
        return out;
    }

    List<Report> history(long teamId, CasePeriod period) {
        return list(REPORT + " where r.team_id = ? and r.period_start = ? and r.period_end = ? order by r.current desc, r.id desc",
                CaseQueries::report, teamId, Date.valueOf(period.start()), Date.valueOf(period.end()));
    }

    /** A reported period of the team other than this one that shares days with it (a month inside a quarter, or the reverse). */
    Optional<CasePeriod> overlapping(long teamId, CasePeriod period) {
        return list("""
                select distinct period_kind, period_start, period_end from mediation_case_report
                where team_id = ? and period_start <= ? and period_end >= ? and (period_start, period_end) <> (?, ?)
                order by period_start limit 1""",
                rs -> CasePeriod.stored(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate()),
                teamId, Date.valueOf(period.end()), Date.valueOf(period.start()), Date.valueOf(period.start()),
                Date.valueOf(period.end())).stream().findFirst();
    }

    /** Marks the team's current report of the period as replaced; whether there was one. */
    boolean retire(long teamId, CasePeriod period) {
        return jdbc.prepareStatement("""
                update mediation_case_report set current = false
                where team_id = ? and period_start = ? and period_end = ? and current""", st -> {
            bind(st, teamId, Date.valueOf(period.start()), Date.valueOf(period.end()));
            return st.executeUpdate() > 0;
        });
    }

    long insert(Entry e, long accountId) {
        Figures f = e.figures();
        return list("""
                insert into mediation_case_report (team_id, period_kind, period_start, period_end, received, successful,
                    unsuccessful, in_progress, source, file_name, reported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", rs -> rs.getLong(1),
                e.teamId(), e.period().kind().name(), Date.valueOf(e.period().start()), Date.valueOf(e.period().end()),
                f.received(), f.successful(), f.unsuccessful(), f.inProgress(), e.source().name(), e.fileName(),
                accountId).get(0);
    }

    private <T> List<T> list(String sql, Rows<T> rows, Object... args) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }

    private static Team team(ResultSet rs) throws SQLException {
        return new Team(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6));
    }

    private static Report report(ResultSet rs) throws SQLException {
        return new Report(rs.getLong(1),
                CasePeriod.stored(rs.getString(2), rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate()),
                new Figures(rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), rs.getBoolean(9),
                Source.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class));
    }
}
