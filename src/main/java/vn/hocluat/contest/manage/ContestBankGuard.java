package vn.hocluat.contest.manage;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.assessment.bank.BankEditGuard;
import vn.hocluat.assessment.quiz.QuizTimes;
import vn.hocluat.platform.web.Problem;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Keeps a contest's question pool still while one of its rounds is open (a published contest, now
 * between the round's open and close times): entrants of one round must draw from the same
 * questions. The refusal names the round and says that a wrong key is fixed by editing only the
 * key (allowed) and regrading.
 */
@Singleton
class ContestBankGuard implements BankEditGuard {
    private final JdbcOperations jdbc;
    private final Clock clock;

    ContestBankGuard(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void checkQuestionsEditable(long bankId) {
        Problem refused = jdbc.prepareStatement("""
                select r.name, c.title, r.closes_at from contest_round r join contest c on c.id = r.contest_id
                where c.bank_id = ? and c.status = 'PUBLISHED' and r.opens_at <= ? and ? < r.closes_at
                order by r.closes_at limit 1""", ps -> {
            Timestamp now = Timestamp.from(clock.instant());
            ps.setLong(1, bankId);
            ps.setTimestamp(2, now);
            ps.setTimestamp(3, now);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new Problem(HttpStatus.CONFLICT, "contest.organiser.refused.bankRoundOpen",
                        rs.getString(1), rs.getString(2), QuizTimes.format(rs.getTimestamp(3).toInstant())) : null;
            }
        });
        if (refused != null) {
            throw refused;
        }
    }
}
