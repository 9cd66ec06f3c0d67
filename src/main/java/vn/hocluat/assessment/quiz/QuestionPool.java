package vn.hocluat.assessment.quiz;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What quiz rules need to know of banks and questions beyond QuestionStore: a question's bank and unit, bank names. */
@Singleton
@ReadOnly
public class QuestionPool {
    private final JdbcOperations jdbc;

    QuestionPool(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** A question with its bank's unit. */
    public record QuestionRef(long id, long bankId, long unitId, boolean active) {
    }

    public Optional<QuestionRef> question(long id) {
        return jdbc.prepareStatement("""
                select q.id, q.bank_id, b.unit_id, q.active from question q join question_bank b on b.id = q.bank_id
                where q.id = ?""", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new QuestionRef(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                        : Optional.empty();
            }
        });
    }

    Map<Long, String> bankNames(Collection<Long> ids) {
        return jdbc.prepareStatement("select id, name from question_bank where id = any(?)", st -> {
            st.setArray(1, st.getConnection().createArrayOf("bigint", ids.toArray()));
            Map<Long, String> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}
