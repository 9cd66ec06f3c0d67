package vn.hocluat.learning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/** A learner is an account; the roster person behind it (if any) is what the KPIs count. */
@Singleton
@ReadOnly
public class Learners {
    private final JdbcOperations jdbc;

    Learners(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The roster person linked to the account (person.account_id), if any. */
    public Optional<Long> personOf(long accountId) {
        return jdbc.prepareStatement("select id from person where account_id = ?", st -> {
            st.setLong(1, accountId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The account of a roster person, if they have one (only they can learn online). */
    public Optional<Long> accountOf(long personId) {
        return jdbc.prepareStatement("select account_id from person where id = ? and account_id is not null", st -> {
            st.setLong(1, personId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }
}
