package vn.hocluat.assessment.quiz;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Quiz lists: those a subtree owns (staff) and those open to a unit (takers: owned by the unit or an ancestor). */
@Singleton
class QuizQueries {
    private static final String SELECT = """
            select q.id, q.title, u.name, q.open_at, q.close_at, q.time_limit_seconds
            from quiz q join unit u on u.id = q.unit_id""";
    static final int LIMIT = 500;

    private final JdbcOperations jdbc;

    QuizQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<QuizSummary> ownedBySubtree(String pathPrefix) {
        return list(SELECT + " where u.path like ? || '%' order by q.created_at desc, q.id desc limit " + LIMIT, pathPrefix);
    }

    /** Quizzes whose unit is the given unit's path or a prefix of it, most recent first. */
    List<QuizSummary> openToUnit(String unitPath) {
        return list(SELECT + " where ? like u.path || '%' order by coalesce(q.close_at, q.created_at) desc, q.id desc limit " + LIMIT, unitPath);
    }

    String unitName(long unitId) {
        return jdbc.prepareStatement("select name from unit where id = ?", st -> {
            st.setLong(1, unitId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    private List<QuizSummary> list(String sql, String path) {
        return jdbc.prepareStatement(sql, st -> {
            st.setString(1, path);
            return rows(st);
        });
    }

    private static List<QuizSummary> rows(PreparedStatement st) throws SQLException {
        List<QuizSummary> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Integer limit = (Integer) rs.getObject(6);
                out.add(new QuizSummary(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class)),
                        instant(rs.getObject(5, OffsetDateTime.class)), limit));
            }
        }
        return out;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
