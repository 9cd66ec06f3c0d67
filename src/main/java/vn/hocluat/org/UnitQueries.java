package vn.hocluat.org;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The unit lists and counts that need SQL of their own; callers run them inside a transaction. */
@Singleton
class UnitQueries {
    private static final String ROW = """
            select u.id, u.code, u.name, u.kind, u.parent_id, p.name as parent_name, u.depth, u.urban, u.population
            from unit u left join unit p on p.id = u.parent_id
            """;
    private static final String ACTIVE = "p.active_from <= current_date and (p.active_to is null or p.active_to >= current_date)";

    private final JdbcOperations jdbc;

    UnitQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long rootId() {
        return query("select id from unit where parent_id is null order by id limit 1", List.of(), rs -> rs.getLong(1)).get(0);
    }

    /** Direct children: administrative units first, then agencies, each by name. */
    List<UnitRow> children(long parentId, int limit, long offset) {
        return rows(ROW + "where u.parent_id = ? order by u.kind = 'AGENCY', u.search_name, u.code limit ? offset ?",
                List.of(parentId, limit, offset));
    }

    long countChildren(long parentId) {
        return count("select count(*) from unit where parent_id = ?", List.of(parentId));
    }

    /** The subtree under a path prefix in tree order (a unit before its descendants). */
    List<UnitRow> subtree(String prefix, int limit, long offset) {
        return rows(ROW + "where u.path like ? || '%' order by u.path limit ? offset ?", List.of(prefix, limit, offset));
    }

    long countSubtree(String prefix) {
        return count("select count(*) from unit where path like ? || '%'", List.of(prefix));
    }

    /** Units of the subtree whose folded name or code contains the LIKE pattern, nearest the top first. */
    List<UnitRow> search(String prefix, String pattern, int limit, long offset) {
        return rows(ROW + "where u.path like ? || '%' and (u.search_name like ? or lower(u.code) like ?) "
                + "order by u.depth, u.search_name, u.code limit ? offset ?", List.of(prefix, pattern, pattern, limit, offset));
    }

    long countSearch(String prefix, String pattern) {
        return count("select count(*) from unit u where u.path like ? || '%' and (u.search_name like ? or lower(u.code) like ?)",
                List.of(prefix, pattern, pattern));
    }

    /** Child id → number of its direct sub-units, for the children of one unit. */
    Map<Long, Long> subunitCounts(long parentId) {
        return counts("select c.id, count(g.id) from unit c join unit g on g.parent_id = c.id where c.parent_id = ? group by c.id",
                List.of(parentId));
    }

    /**
     * Child id → active people anywhere in that child's subtree, in one pass over the people of the
     * parent's subtree: the child is the path segment right after the parent's path.
     */
    Map<Long, Long> peopleCounts(Unit parent) {
        return counts("select cast(split_part(substr(u.path, ?), '/', 1) as bigint), count(*) from person p "
                + "join unit u on u.id = p.unit_id where u.path like ? || '%' and u.id <> ? and " + ACTIVE + " group by 1",
                List.of(parent.path().length() + 1, parent.path(), parent.id()));
    }

    Map<String, Unit> byCodes(Collection<String> codes) {
        Map<String, Unit> found = new HashMap<>();
        unitsWhereAny("code", "varchar", codes).forEach(u -> found.put(u.code(), u));
        return found;
    }

    /** The direct children of each given unit. */
    List<Unit> childrenOf(Collection<Long> parentIds) {
        return unitsWhereAny("parent_id", "bigint", parentIds);
    }

    /** Units whose column equals any of the values (one statement, the values as an SQL array). */
    private List<Unit> unitsWhereAny(String column, String sqlType, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("select * from unit where " + column + " = any(?)", st -> {
            st.setArray(1, st.getConnection().createArrayOf(sqlType, values.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                return jdbc.entityStream(rs, Unit.class).toList();
            }
        });
    }

    /** Completes the materialised path of a unit just inserted with its parent's path. */
    void appendOwnId(long id) {
        jdbc.prepareStatement("update unit set path = path || id || '/' where id = ?", st -> {
            st.setLong(1, id);
            return st.executeUpdate();
        });
    }

    private List<UnitRow> rows(String sql, List<Object> args) {
        return query(sql, args, rs -> new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getObject("parent_id", Long.class), rs.getString("parent_name"),
                rs.getInt("depth"), rs.getObject("urban", Boolean.class), rs.getObject("population", Integer.class), null, null));
    }

    private long count(String sql, List<Object> args) {
        return query(sql, args, rs -> rs.getLong(1)).get(0);
    }

    private Map<Long, Long> counts(String sql, List<Object> args) {
        Map<Long, Long> out = new HashMap<>();
        query(sql, args, rs -> out.put(rs.getLong(1), rs.getLong(2)));
        return out;
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> args, RowMapper<T> mapper) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        });
    }

    private static void bind(PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
    }
}
