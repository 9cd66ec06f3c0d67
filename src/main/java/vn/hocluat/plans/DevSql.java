package vn.hocluat.plans;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain SQL for the dev sample loaders, inside the caller's transaction. */
final class DevSql {
    private final JdbcOperations jdbc;

    DevSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void update(String sql, Object... args) {
        jdbc.prepareStatement(sql, st -> {
            bind(st, args);
            return st.executeUpdate();
        });
    }

    /** The first column of the first row (a count, or the id an insert returns). */
    long number(String sql, Object... args) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i]);
        }
    }
}
