package vn.hocluat.contest.rank;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Whether an entrant is disqualified in a contest: the latest decision about them in some round of it is a
 * disqualification. A bean of its own (jdbc only) because the start guard asks it while entries are started.
 */
@Singleton
class Disqualifications {
    private final JdbcOperations jdbc;

    Disqualifications(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The reason of the most recent disqualification in force in the contest, if any. */
    @ReadOnly
    Optional<String> reason(long contestId, long entrantId) {
        return jdbc.prepareStatement("""
                select d.reason from review_decision d join contest_round r on r.id = d.round_id
                where r.contest_id = ? and d.entrant_id = ? and d.action = 'DISQUALIFY'
                  and d.id = (select max(d2.id) from review_decision d2 where d2.round_id = d.round_id and d2.entrant_id = d.entrant_id)
                order by d.id desc limit 1""", st -> {
            st.setLong(1, contestId);
            st.setLong(2, entrantId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }
}
