package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Records a learning fact as an xAPI statement when it happens (in the caller's transaction), for
 * provincial learning-record stores to read from {@code GET /api/v1/xapi/statements}.
 */
@Singleton
public class Statements {
    public enum Verb { REGISTERED, EXPERIENCED, COMPLETED, PASSED, FAILED }

    public enum ObjectKind { COURSE, LESSON, QUIZ }

    private final JdbcOperations jdbc;

    Statements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long accountId, Verb verb, ObjectKind kind, long objectId, long courseId,
                       @Nullable BigDecimal score, @Nullable BigDecimal maxScore, Instant occurredAt) {
        jdbc.prepareStatement("""
                insert into xapi_statement (uuid, account_id, unit_id, verb, object_kind, object_id, course_id, score, max_score, occurred_at)
                select ?, a.id, a.unit_id, ?, ?, ?, ?, ?, ?, ? from account a where a.id = ?""", st -> {
            st.setObject(1, UUID.randomUUID());
            st.setString(2, verb.name());
            st.setString(3, kind.name());
            st.setLong(4, objectId);
            st.setLong(5, courseId);
            st.setBigDecimal(6, score);
            st.setBigDecimal(7, maxScore);
            st.setTimestamp(8, Timestamp.from(occurredAt));
            st.setLong(9, accountId);
            return st.executeUpdate();
        });
    }
}
