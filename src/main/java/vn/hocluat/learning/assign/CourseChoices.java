package vn.hocluat.learning.assign;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published courses an author may assign or run a cohort of: those CourseAccess lets them view
 * (public, internal to a unit above them, or owned in their subtree). A course may be given to a
 * unit only when its learners may view it: an INTERNAL course stays inside its owner's subtree.
 */
@Singleton
@ReadOnly
public class CourseChoices {
    /** A course in a picker. */
    public record CourseOption(long id, String title) {
    }

    private final JdbcOperations jdbc;
    private final CourseAccess access;
    private final UnitScope scope;

    CourseChoices(JdbcOperations jdbc, CourseAccess access, UnitScope scope) {
        this.jdbc = jdbc;
        this.access = access;
        this.scope = scope;
    }

    public List<CourseOption> options(CurrentUser user) {
        String prefix = scope.pathPrefix(user);
        return jdbc.prepareStatement("""
                select c.id, c.title from course c join unit u on u.id = c.unit_id
                where c.published and (c.visibility = 'PUBLIC' or ? like u.path || '%' or u.path like ? || '%')
                order by c.title, c.id""", st -> {
            st.setString(1, prefix);
            st.setString(2, prefix);
            List<CourseOption> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new CourseOption(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    /** The course when the user may view it and it is published; empty otherwise (the form says "choose a course"). */
    public Optional<CourseHead> published(CurrentUser user, long courseId) {
        return access.head(courseId).filter(c -> c.published() && access.canView(user, c));
    }

    /** Whether the learners of the unit's subtree may view the course. */
    public boolean visibleIn(CourseHead course, long unitId) {
        return course.visibility() == CourseHead.Visibility.PUBLIC || scope.pathOf(unitId).startsWith(course.unitPath());
    }
}
