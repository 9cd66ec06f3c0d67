package vn.hocluat.training.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads, one query each, the units and persons a file names by code — with their unit path, so
 * scope is checked in memory — instead of one round trip per row.
 */
final class HistoryLookup {
    /** A unit or person found by code: its id and the path of its unit. */
    record Ref(long id, String path) {
        boolean within(String scopePrefix) {
            return path.startsWith(scopePrefix);
        }
    }

    private HistoryLookup() {
    }

    static Map<String, Ref> units(Connection c, Collection<String> codes) throws SQLException {
        return refs(c, "select code, id, path from unit where code = any(?)", codes);
    }

    static Map<String, Ref> persons(Connection c, Collection<String> codes) throws SQLException {
        return refs(c, "select p.code, p.id, u.path from person p join unit u on u.id = p.unit_id where p.code = any(?)", codes);
    }

    private static Map<String, Ref> refs(Connection c, String sql, Collection<String> codes) throws SQLException {
        Map<String, Ref> refs = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setArray(1, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    refs.put(rs.getString(1), new Ref(rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return refs;
    }
}
