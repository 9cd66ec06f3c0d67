package vn.hocluat.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

/** The id of the root of the unit tree (the nation), which the first migration creates. */
@Singleton
class RootUnit {
    private final JdbcOperations jdbc;

    RootUnit(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long id() {
        return jdbc.prepareStatement("select id from unit where parent_id is null order by id limit 1", st -> {
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
