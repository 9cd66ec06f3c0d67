package vn.hocluat.platform.security;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Problem;

/**
 * The main security property: an account bound to unit U may read and write only what belongs
 * to U's subtree. Services call {@link #require} before every read or write of unit-owned data;
 * list queries filter with {@link #pathPrefix} ("unit.path like prefix || '%'").
 */
@Singleton
@ReadOnly
public class UnitScope {
    private final JdbcOperations jdbc;

    public UnitScope(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The materialised path of the user's unit, e.g. "/1/7/": every unit of the subtree has a path starting with it. */
    public String pathPrefix(CurrentUser user) {
        return pathOf(user.unitId());
    }

    public boolean contains(CurrentUser user, long unitId) {
        String path = pathOrNull(unitId);
        return path != null && path.startsWith(pathPrefix(user));
    }

    /** Refuses (403) unless the unit lies in the user's subtree; an unknown unit is 404. */
    public void require(CurrentUser user, long unitId) {
        String path = pathOrNull(unitId);
        if (path == null) {
            throw Problem.notFound();
        }
        if (!path.startsWith(pathPrefix(user))) {
            throw Problem.forbidden();
        }
    }

    public String pathOf(long unitId) {
        String path = pathOrNull(unitId);
        if (path == null) {
            throw Problem.notFound();
        }
        return path;
    }

    String pathOrNull(long unitId) {
        return jdbc.prepareStatement("select path from unit where id = ?", st -> {
            st.setLong(1, unitId);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
