package vn.hocluat.contest.rank;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Freezes, every minute, the rounds of published contests that closed more than {@code freeze-delay-minutes}
 * ago (time for the last attempts to be submitted or swept) and are not frozen yet, as the system
 * (frozen_by null). Several application nodes may run it: a round being frozen elsewhere is skipped.
 */
@Singleton
class FreezeJob {
    private static final Logger LOG = LoggerFactory.getLogger(FreezeJob.class);

    private final JdbcOperations jdbc;
    private final Freezer freezer;
    private final TransactionOperations<Connection> tx;
    private final int delayMinutes;

    FreezeJob(JdbcOperations jdbc, Freezer freezer, TransactionOperations<Connection> tx,
              @Value("${hocluat.contest.freeze-delay-minutes:5}") int delayMinutes) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.freezer = freezer;
        this.delayMinutes = delayMinutes;
    }

    @Scheduled(fixedDelay = "${hocluat.contest.freeze-interval:1m}", initialDelay = "${hocluat.contest.freeze-interval:1m}")
    void run() {
        int frozen = 0;
        for (long roundId : due()) {
            try {
                if (freezeOne(roundId)) {
                    frozen++;
                }
            } catch (RuntimeException e) {
                LOG.error("Freeze job could not freeze round {}; it is tried again at the next run", roundId, e);
            }
        }
        if (frozen > 0) {
            LOG.info("Freeze job froze {} closed rounds", frozen);
        }
    }

    List<Long> due() {
        return tx.executeRead(status -> jdbc.prepareStatement("""
                select r.id from contest_round r join contest c on c.id = r.contest_id
                where r.frozen_at is null and c.status = 'PUBLISHED' and r.closes_at < now() - make_interval(mins => ?)
                order by r.closes_at limit 100""", st -> {
            st.setInt(1, delayMinutes);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }));
    }

    /** Freezes one due round unless another node holds it or froze it meanwhile; true when this call froze it. */
    boolean freezeOne(long roundId) {
        return tx.executeWrite(status -> {
            boolean free = jdbc.prepareStatement(
                    "select id from contest_round where id = ? and frozen_at is null for update skip locked", st -> {
                        st.setLong(1, roundId);
                        try (ResultSet rs = st.executeQuery()) {
                            return rs.next();
                        }
                    });
            if (free) {
                freezer.freeze(roundId, null, null);
            }
            return free;
        });
    }
}
