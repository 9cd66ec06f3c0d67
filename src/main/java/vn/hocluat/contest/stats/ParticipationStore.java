package vn.hocluat.contest.stats;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL of participation certificates: who may have one, issuing (or refreshing) it, finding it by code. */
@Singleton
class ParticipationStore {
    private static final String COLUMNS = "code, holder_name, birth_date, unit_name, contest_title, organiser_name, rounds, issued_on";

    private final StatsQueries queries;
    private final JdbcOperations jdbc;

    ParticipationStore(StatsQueries queries, JdbcOperations jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** The names of the published contest's rounds in which the entrant finished an attempt, in order. */
    List<String> roundsTaken(long contestId, long entrantId) {
        return queries.list("""
                select r.name from contest_round r join contest c on c.id = r.contest_id
                where r.contest_id = ? and c.status = 'PUBLISHED' and exists (
                    select 1 from contest_entry e where e.round_id = r.id and e.entrant_id = ? and e.finished_at is not null)
                order by r.position""", rs -> rs.getString(1), contestId, entrantId);
    }

    /**
     * Issues the entrant's certificate for the contest with a new code, or returns the one issued
     * before with the rounds refreshed (its issue date moves to {@code today} only when they changed).
     */
    Participation issue(long contestId, long entrantId, List<String> rounds, LocalDate today, String newCode) {
        return jdbc.prepareStatement("""
                insert into contest_certificate as cc (code, contest_id, entrant_id, holder_name, birth_date, unit_name,
                    contest_title, organiser_name, rounds, issued_on)
                select ?, c.id, n.id, n.full_name, n.birth_date, nu.name, c.title, cu.name, ?, ?
                from contest c join unit cu on cu.id = c.unit_id, entrant n join unit nu on nu.id = n.unit_id
                where c.id = ? and n.id = ?
                on conflict (contest_id, entrant_id) do update set rounds = excluded.rounds,
                    issued_on = case when cc.rounds = excluded.rounds then cc.issued_on else excluded.issued_on end
                returning\s""" + COLUMNS, ps -> {
            ps.setString(1, newCode);
            ps.setArray(2, ps.getConnection().createArrayOf("text", rounds.toArray()));
            ps.setObject(3, today);
            ps.setLong(4, contestId);
            ps.setLong(5, entrantId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return read(rs);
            }
        });
    }

    Optional<Participation> byCode(String code) {
        return queries.one("select " + COLUMNS + " from contest_certificate where code = ?", ParticipationStore::read, code);
    }

    private static Participation read(ResultSet rs) throws SQLException {
        Array rounds = rs.getArray(7);
        return new Participation(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), Arrays.asList((String[]) rounds.getArray()), rs.getObject(8, LocalDate.class));
    }
}
