package vn.hocluat.learning.xapi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the stored xAPI statements a manager may see (those whose learner unit lies in their
 * subtree), in id order after a cursor, for a provincial learning-record store to poll.
 */
@Singleton
@ReadOnly
class StatementFeed {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final JdbcOperations jdbc;
    private final UnitScope scope;

    StatementFeed(JdbcOperations jdbc, UnitScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Up to limit + 1 statements with id > since: the extra one only says that there are more. */
    List<StatementRow> after(CurrentUser user, long since, int limit) {
        if (!user.manager()) {
            throw Problem.forbidden();
        }
        return jdbc.prepareStatement("""
                select s.id, s.uuid, a.username, a.display_name, s.verb, s.object_kind, s.object_id, c.slug, c.title, c.language,
                       l.slug, l.title, q.title, s.score, s.max_score, s.occurred_at, s.stored_at
                from xapi_statement s join unit u on u.id = s.unit_id join account a on a.id = s.account_id
                join course c on c.id = s.course_id
                left join lesson l on s.object_kind = 'LESSON' and l.id = s.object_id
                left join quiz q on s.object_kind = 'QUIZ' and q.id = s.object_id
                where u.path like ? || '%' and s.id > ?
                order by s.id limit ?""", st -> {
            st.setString(1, scope.pathPrefix(user));
            st.setLong(2, since);
            st.setInt(3, limit + 1);
            List<StatementRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new StatementRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getString(12), rs.getString(13), rs.getBigDecimal(14), rs.getBigDecimal(15),
                            instant(rs.getTimestamp(16)), instant(rs.getTimestamp(17))));
                }
            }
            return out;
        });
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }
}
