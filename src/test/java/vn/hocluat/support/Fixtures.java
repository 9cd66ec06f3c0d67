package vn.hocluat.support;

import io.micronaut.context.ApplicationContext;
import vn.hocluat.platform.security.PasswordHasher;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data written straight to the database (the state a test starts from, not the behaviour
 * under test). Codes carry a per-JVM counter so test classes sharing one database never collide.
 */
public final class Fixtures {
    public static final String PASSWORD = "Mat-khau-test-123";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static String passwordHash;
    private final DataSource dataSource;

    public Fixtures(ApplicationContext context) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        synchronized (Fixtures.class) {
            if (passwordHash == null) {
                passwordHash = new PasswordHasher().hash(PASSWORD);
            }
        }
    }

    /** A unique suffix for codes and usernames. */
    public static String unique(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + SEQ.incrementAndGet();
    }

    public long rootId() {
        return queryLong("select id from unit where parent_id is null order by id limit 1");
    }

    /** A unit under the parent; returns its id. */
    public long unit(long parentId, String code, String name, String kind) {
        try (Connection c = dataSource.getConnection();
             var st = c.prepareStatement("""
                     insert into unit (code, name, search_name, kind, parent_id, path, depth, urban, population)
                     select ?, ?, lower(?), ?, p.id, p.path, p.depth + 1, false, 1000 from unit p where p.id = ?
                     returning id""")) {
            st.setString(1, code);
            st.setString(2, name);
            st.setString(3, vn.hocluat.platform.text.Fold.fold(name));
            st.setString(4, kind);
            st.setLong(5, parentId);
            try (var rs = st.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                try (var up = c.prepareStatement("update unit set path = path || id || '/' where id = ?")) {
                    up.setLong(1, id);
                    up.executeUpdate();
                }
                return id;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An account with the shared test password; returns the username. */
    public String account(String role, long unitId) {
        String username = unique(role.toLowerCase());
        try (Connection c = dataSource.getConnection();
             var st = c.prepareStatement("insert into account (username, password_hash, display_name, role, unit_id) values (?, ?, ?, ?, ?)")) {
            st.setString(1, username);
            st.setString(2, passwordHash);
            st.setString(3, "Test " + role);
            st.setString(4, role);
            st.setLong(5, unitId);
            st.executeUpdate();
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long queryLong(String sql, Object... args) {
        return query(sql, rs -> rs.getLong(1), args);
    }

    public String queryString(String sql, Object... args) {
        return query(sql, rs -> rs.getString(1), args);
    }

    private interface Column<T> {
        T read(java.sql.ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Column<T> column, Object... args) {
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
