package vn.hocluat.contest.manage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import vn.hocluat.platform.security.CurrentUser;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * One assessment quiz per round, written at publish: the contest's draw rule (one DRAW line over
 * its bank) and time limit, the round's window and attempts, scores shown only after close.
 */
final class RoundQuizzes {
    private RoundQuizzes() {
    }

    static void create(JdbcOperations jdbc, CurrentUser user, long unitId, long contestId, List<ContestService.Round> rounds) {
        for (ContestService.Round r : rounds) {
            long quizId = jdbc.prepareStatement("""
                    insert into quiz (unit_id, title, time_limit_seconds, open_at, close_at, attempts_allowed,
                        grading_method, review_when, created_by)
                    select c.unit_id, c.title || ' — ' || ?, c.time_limit_seconds, ?, ?, c.attempts_per_round,
                        'HIGHEST', 'AFTER_CLOSE', ?
                    from contest c where c.id = ? returning id""", ps -> {
                ps.setString(1, r.name());
                ps.setTimestamp(2, Timestamp.from(r.opensAt()));
                ps.setTimestamp(3, Timestamp.from(r.closesAt()));
                ps.setLong(4, user.accountId());
                ps.setLong(5, contestId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            jdbc.prepareStatement("""
                    insert into quiz_rule (quiz_id, position, kind, bank_id, draw_count, points)
                    select ?, 1, 'DRAW', c.bank_id, c.draw_count, 1 from contest c where c.id = ?""", ps -> {
                ps.setLong(1, quizId);
                ps.setLong(2, contestId);
                return ps.executeUpdate();
            });
            jdbc.prepareStatement("update contest_round set quiz_id = ?, updated_at = now() where id = ?", ps -> {
                ps.setLong(1, quizId);
                ps.setLong(2, r.id());
                return ps.executeUpdate();
            });
        }
    }

    /**
     * Copies the contest's draw count, time limit and attempts to the quizzes of rounds that have
     * not opened yet and have no attempt; rounds that opened keep what their attempts were given.
     */
    static void applyToUnopened(JdbcOperations jdbc, long contestId, Instant now) {
        String unopened = """
                select r.quiz_id from contest_round r
                where r.contest_id = ? and r.opens_at > ? and r.quiz_id is not null
                  and not exists (select 1 from attempt a where a.quiz_id = r.quiz_id)""";
        jdbc.prepareStatement("""
                update quiz q set time_limit_seconds = c.time_limit_seconds, attempts_allowed = c.attempts_per_round,
                    updated_at = now()
                from contest c where c.id = ? and q.id in (""" + unopened + ")", ps -> {
            ps.setLong(1, contestId);
            ps.setLong(2, contestId);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("""
                update quiz_rule qr set draw_count = c.draw_count
                from contest c where c.id = ? and qr.quiz_id in (""" + unopened + ")", ps -> {
            ps.setLong(1, contestId);
            ps.setLong(2, contestId);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }
}
