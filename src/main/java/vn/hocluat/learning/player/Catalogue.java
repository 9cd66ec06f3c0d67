package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.learning.CourseOutline;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Fold;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The course catalogue: the published courses the caller may view (anonymous: public ones; signed
 * in: also the internal courses of their unit's ancestors), filtered by audience group (a course
 * without audience is for everyone), topic and diacritics-insensitive text, with the caller's
 * enrolment, progress and completion.
 */
@Singleton
@ReadOnly
class Catalogue {
    static final int PAGE_SIZE = 12;

    private final JdbcOperations jdbc;
    private final UnitScope scope;

    Catalogue(JdbcOperations jdbc, UnitScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    record Filter(@Nullable String group, @Nullable String topic, @Nullable String q, int page) {
    }

    record Card(String slug, String title, @Nullable String summary, @Nullable Integer estimatedMinutes, boolean publicCourse,
                boolean enrolled, int percent, boolean completed) {
    }

    record Result(List<Card> items, long total, int page, int pages) {
    }

    Result search(@Nullable CurrentUser user, Filter f) {
        List<Object> args = new ArrayList<>();
        String where = where(user, f, args);
        long total = jdbc.prepareStatement("select count(*) from course c join unit u on u.id = c.unit_id where " + where, st -> {
            bind(st, args);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, f.page()), pages);
        List<Object> all = new ArrayList<>();
        all.add(user == null ? -1L : user.accountId());
        all.addAll(args);
        all.add(PAGE_SIZE);
        all.add((page - 1) * PAGE_SIZE);
        List<Card> items = jdbc.prepareStatement("""
                select c.slug, c.title, c.summary, c.estimated_minutes, c.visibility = 'PUBLIC', e.id is not null,
                       exists (select 1 from course_completion cc where cc.course_id = c.id and cc.account_id = e.account_id),
                """ + CourseOutline.PROGRESS_COLUMNS + """
                from course c join unit u on u.id = c.unit_id
                left join enrollment e on e.course_id = c.id and e.account_id = ?
                where""" + " " + where + " order by c.title, c.id limit ? offset ?", st -> {
            bind(st, all);
            List<Card> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    boolean completed = rs.getBoolean(7);
                    int percent = completed ? 100 : CourseOutline.percent(rs.getLong(9), rs.getLong(8));
                    out.add(new Card(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), rs.getBoolean(5),
                            rs.getBoolean(6), percent, completed));
                }
            }
            return out;
        });
        return new Result(items, total, page, pages);
    }

    /** The topics of the courses the caller may view, for the filter. */
    List<String> topics(@Nullable CurrentUser user) {
        List<Object> args = new ArrayList<>();
        String where = where(user, new Filter(null, null, null, 1), args);
        return jdbc.prepareStatement("select distinct unnest(c.topics) t from course c join unit u on u.id = c.unit_id where "
                + where + " order by t", st -> {
            bind(st, args);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private String where(@Nullable CurrentUser user, Filter f, List<Object> args) {
        StringBuilder sql = new StringBuilder(CourseAccess.viewableCondition(user == null));
        if (user != null) {
            args.add(scope.pathPrefix(user));
        }
        if (f.group() != null) {
            sql.append(" and (cardinality(c.audience) = 0 or ? = any(c.audience))");
            args.add(f.group());
        }
        if (f.topic() != null) {
            sql.append(" and ? = any(c.topics)");
            args.add(f.topic());
        }
        if (f.q() != null && !Fold.fold(f.q()).isEmpty()) {
            sql.append(" and c.search_text like ?");
            args.add(Fold.containsPattern(f.q()));
        }
        return sql.toString();
    }

    private static void bind(java.sql.PreparedStatement st, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
    }
}
