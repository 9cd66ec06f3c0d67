package vn.hocluat.assessment.bank;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL over the transaction's connection with positional parameters: a String[] binds as a
 * text array, a Long[] as a bigint array, anything else with setObject. Callers run inside a
 * service transaction.
 */
@Singleton
class Sql {
    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    <T> List<T> list(String sql, Collection<?> params, Row<T> row) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        });
    }

    <T> Optional<T> one(String sql, Collection<?> params, Row<T> row) {
        return list(sql, params, row).stream().findFirst();
    }

    long count(String sql, Collection<?> params) {
        return one(sql, params, rs -> rs.getLong(1)).orElse(0L);
    }

    boolean exists(String sql, Collection<?> params) {
        return one("select exists (" + sql + ")", params, rs -> rs.getBoolean(1)).orElse(false);
    }

    int update(String sql, Collection<?> params) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            return st.executeUpdate();
        });
    }

    /** Escapes LIKE's wildcards so that a value matches only itself. */
    static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void bind(PreparedStatement st, Collection<?> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof String[] texts) {
                st.setArray(i++, st.getConnection().createArrayOf("text", texts));
            } else if (p instanceof Long[] ids) {
                st.setArray(i++, st.getConnection().createArrayOf("bigint", ids));
            } else {
                st.setObject(i++, p);
            }
        }
    }
}
