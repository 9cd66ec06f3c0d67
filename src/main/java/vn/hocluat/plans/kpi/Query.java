package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An SQL statement assembled from fragments, each with its own positional arguments, then run once. */
final class Query {
    /** Reads one row of a result. */
    interface Rows<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    Query add(String fragment, Object... values) {
        sql.append(fragment).append('\n');
        args.addAll(Arrays.asList(values));
        return this;
    }

    <T> List<T> list(JdbcOperations jdbc, Rows<T> rows) {
        return jdbc.prepareStatement(sql.toString(), st -> {
            bind(st);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rows.map(rs));
                }
            }
            return out;
        });
    }

    /** Runs a statement that returns no rows; the number of rows it changed. */
    int update(JdbcOperations jdbc) {
        return jdbc.prepareStatement(sql.toString(), st -> {
            bind(st);
            return st.executeUpdate();
        });
    }

    private void bind(PreparedStatement st) throws SQLException {
        Connection c = st.getConnection();
        for (int i = 0; i < args.size(); i++) {
            Object v = args.get(i);
            if (v instanceof String[] texts) {
                Array a = c.createArrayOf("text", texts);
                st.setArray(i + 1, a);
            } else if (v instanceof Long[] longs) {
                st.setArray(i + 1, c.createArrayOf("bigint", longs));
            } else if (v instanceof LocalDate day) {
                st.setObject(i + 1, day);
            } else {
                st.setObject(i + 1, v);
            }
        }
    }
}
