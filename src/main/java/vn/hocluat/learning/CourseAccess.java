package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and who may change a course — the one place these rules live; every learning service
 * calls it before reading or writing course-owned data.
 * <ul>
 * <li>edit: an ADMIN, MANAGER or TRAINER whose subtree contains the course's owner unit;</li>
 * <li>view: editors always; others only a published course that is PUBLIC (also without an
 * account) or INTERNAL with the viewer's unit inside the owner unit's subtree.</li>
 * </ul>
 * A course the caller may not view is "not found" (404), so unpublished titles do not leak.
 */
@Singleton
@ReadOnly
public class CourseAccess {
    static final String HEAD_SQL = """
            select c.id, c.slug, c.version, c.title, c.unit_id, u.path, c.visibility, c.published, c.self_enrol,
                   c.audience, c.topics, c.estimated_minutes, c.bank_id
            from course c join unit u on u.id = c.unit_id""";

    private final JdbcOperations jdbc;
    private final UnitScope scope;

    CourseAccess(JdbcOperations jdbc, UnitScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public Optional<CourseHead> head(long courseId) {
        return one(HEAD_SQL + " where c.id = ?", courseId);
    }

    public Optional<CourseHead> bySlug(String slug) {
        return one(HEAD_SQL + " where c.slug = ?", slug);
    }

    /** The course if the caller (null: anonymous) may view it; 404 otherwise. */
    public CourseHead requireView(@Nullable CurrentUser user, long courseId) {
        return head(courseId).filter(c -> canView(user, c)).orElseThrow(Problem::notFound);
    }

    /** The course if the caller may edit it; 404 when they may not even view it, 403 when they may only view it. */
    public CourseHead requireEdit(CurrentUser user, long courseId) {
        CourseHead c = requireView(user, courseId);
        if (!canEdit(user, c)) {
            throw Problem.forbidden();
        }
        return c;
    }

    public boolean canEdit(@Nullable CurrentUser user, CourseHead c) {
        return user != null && user.hasAny(Role.ADMIN, Role.MANAGER, Role.TRAINER) && c.unitPath().startsWith(scope.pathPrefix(user));
    }

    public boolean canView(@Nullable CurrentUser user, CourseHead c) {
        if (canEdit(user, c)) {
            return true;
        }
        if (!c.published()) {
            return false;
        }
        if (c.visibility() == CourseHead.Visibility.PUBLIC) {
            return true;
        }
        return user != null && scope.pathPrefix(user).startsWith(c.unitPath());
    }

    /**
     * SQL condition (on {@code c} = course, {@code u} = its unit) for the courses a caller may view
     * in the catalogue; binds nothing when anonymous, else the caller's unit path once.
     */
    public static String viewableCondition(boolean anonymous) {
        return anonymous
                ? "(c.published and c.visibility = 'PUBLIC')"
                : "(c.published and (c.visibility = 'PUBLIC' or ? like u.path || '%'))";
    }

    private Optional<CourseHead> one(String sql, Object key) {
        return jdbc.prepareStatement(sql, st -> {
            st.setObject(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        });
    }

    static CourseHead read(ResultSet rs) throws SQLException {
        return new CourseHead(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                CourseHead.Visibility.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9), strings(rs.getArray(10)),
                strings(rs.getArray(11)), (Integer) rs.getObject(12), (Long) rs.getObject(13));
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
