package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Fold;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL of the course row for the authoring pages; callers hold the transaction and have checked access. */
@Singleton
class CourseStore {
    static final int LIST_LIMIT = 500;
    private static final String ROW = """
            select c.id, c.slug, c.version, c.title, coalesce(c.summary, ''), c.description, c.language, c.audience, c.topics,
                   c.unit_id, u.name, c.visibility, c.self_enrol, c.published, c.estimated_minutes, c.min_minutes, c.origin,
                   c.unpublished_changes, c.last_published_at, c.cover_media_id, m.name
            from course c join unit u on u.id = c.unit_id left join course_media m on m.id = c.cover_media_id
            where c.id = ?""";

    private final JdbcOperations jdbc;

    CourseStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<CourseLine> list(String pathPrefix) {
        return jdbc.prepareStatement("""
                select c.id, c.slug, c.title, u.name, c.published, c.version, c.origin, c.unpublished_changes,
                       (select count(*) from lesson l where l.course_id = c.id and not l.retired), c.updated_at
                from course c join unit u on u.id = c.unit_id
                where u.path like ? || '%' order by c.updated_at desc, c.id desc limit\s""" + LIST_LIMIT, st -> {
            st.setString(1, pathPrefix);
            List<CourseLine> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new CourseLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                            rs.getInt(6), rs.getString(7), rs.getBoolean(8), rs.getInt(9), rs.getTimestamp(10).toInstant()));
                }
            }
            return out;
        });
    }

    Optional<CourseRow> find(long id) {
        return jdbc.prepareStatement(ROW, st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        });
    }

    boolean slugTaken(String slug, @Nullable Long except) {
        return jdbc.prepareStatement("select 1 from course where slug = ? and id <> ?", st -> {
            st.setString(1, slug);
            st.setLong(2, except == null ? -1 : except);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    long insert(CourseData d, long accountId) {
        return jdbc.prepareStatement("""
                insert into course (slug, title, search_text, summary, description, language, audience, topics, unit_id,
                    visibility, self_enrol, estimated_minutes, min_minutes, origin, published, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'UI', false, ?) returning id""", st -> {
            bind(st, d);
            st.setLong(14, accountId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    void update(long id, CourseData d) {
        jdbc.prepareStatement("""
                update course set slug = ?, title = ?, search_text = ?, summary = ?, description = ?, language = ?, audience = ?,
                    topics = ?, unit_id = ?, visibility = ?, self_enrol = ?, estimated_minutes = ?, min_minutes = ?,
                    unpublished_changes = true, updated_at = now()
                where id = ?""", st -> {
            bind(st, d);
            st.setLong(14, id);
            return st.executeUpdate();
        });
    }

    void setCover(long id, long mediaId) {
        exec("update course set cover_media_id = ?, unpublished_changes = true, updated_at = now() where id = ?", mediaId, id);
    }

    /** Something of the course changed (a module, a lesson, a file): a new version is due at the next publish. */
    void touch(long id) {
        exec("update course set unpublished_changes = true, updated_at = now() where id = ?", id);
    }

    /** See {@link CourseRow#newVersionDue()}; returns the version now published. */
    int publish(long id) {
        return jdbc.prepareStatement("""
                update course set version = version + case when unpublished_changes and (last_published_at is not null or origin = 'FILES')
                        then 1 else 0 end,
                    published = true, unpublished_changes = false, last_published_at = now(), updated_at = now()
                where id = ? returning version""", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    void unpublish(long id) {
        exec("update course set published = false, updated_at = now() where id = ?", id);
    }

    private void exec(String sql, long a, long b) {
        jdbc.prepareStatement(sql, st -> {
            st.setLong(1, a);
            st.setLong(2, b);
            return st.executeUpdate();
        });
    }

    private void exec(String sql, long a) {
        jdbc.prepareStatement(sql, st -> {
            st.setLong(1, a);
            return st.executeUpdate();
        });
    }

    private static void bind(PreparedStatement st, CourseData d) throws SQLException {
        st.setString(1, d.slug());
        st.setString(2, d.title());
        st.setString(3, Fold.fold(d.title() + " " + d.summary()));
        st.setString(4, d.summary());
        st.setString(5, d.description());
        st.setString(6, d.language());
        st.setArray(7, st.getConnection().createArrayOf("text", d.audience().toArray()));
        st.setArray(8, st.getConnection().createArrayOf("text", d.topics().toArray()));
        st.setLong(9, d.unitId());
        st.setString(10, d.visibility());
        st.setBoolean(11, d.selfEnrol());
        setInt(st, 12, d.estimatedMinutes());
        setInt(st, 13, d.minMinutes());
    }

    private static void setInt(PreparedStatement st, int index, @Nullable Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }

    private static CourseRow row(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp(19);
        return new CourseRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), strings(rs.getArray(8)), strings(rs.getArray(9)), rs.getLong(10), rs.getString(11), rs.getString(12),
                rs.getBoolean(13), rs.getBoolean(14), (Integer) rs.getObject(15), (Integer) rs.getObject(16), rs.getString(17),
                rs.getBoolean(18), published == null ? null : published.toInstant(), (Long) rs.getObject(20), rs.getString(21));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
