package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the export reads of a course: the course row, its modules and current lessons in order, its media names. */
@Singleton
@ReadOnly
class ExportQueries {
    record Course(long id, String slug, int version, String title, @Nullable String summary, String description, String language,
                  List<String> audience, List<String> topics, String unitCode, String visibility, boolean selfEnrol,
                  boolean published, @Nullable Integer estimatedMinutes, @Nullable Integer minMinutes,
                  @Nullable Long coverMediaId) {
    }

    record Module(long id, String slug, String title, String body) {
    }

    record Lesson(long moduleId, String slug, String kind, String title, String body, boolean required,
                  @Nullable Integer minutes, @Nullable Long mediaId, @Nullable String url, @Nullable Long quizId,
                  boolean mustPass) {
    }

    record Media(long id, String name, long size) {
    }

    private final JdbcOperations jdbc;

    ExportQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Course course(long id) {
        return list("""
                select c.id, c.slug, c.version, c.title, c.summary, c.description, c.language, c.audience, c.topics, u.code,
                       c.visibility, c.self_enrol, c.published, c.estimated_minutes, c.min_minutes, c.cover_media_id
                from course c join unit u on u.id = c.unit_id where c.id = ?""", id, rs -> new Course(rs.getLong(1),
                rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                strings(rs.getArray(8)), strings(rs.getArray(9)), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getBoolean(13), (Integer) rs.getObject(14), (Integer) rs.getObject(15), (Long) rs.getObject(16))).get(0);
    }

    List<Module> modules(long courseId) {
        return list("select id, slug, title, body from course_module where course_id = ? order by position, id", courseId,
                rs -> new Module(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** The lessons learners see (retired ones left out), by module then position. */
    List<Lesson> lessons(long courseId) {
        return list("""
                select l.module_id, l.slug, l.kind, l.title, l.body, l.required, l.duration_minutes, l.media_id, l.external_url,
                       l.quiz_id, l.must_pass
                from lesson l where l.course_id = ? and not l.retired order by l.position, l.id""", courseId,
                rs -> new Lesson(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getBoolean(6), (Integer) rs.getObject(7), (Long) rs.getObject(8), rs.getString(9),
                        (Long) rs.getObject(10), rs.getBoolean(11)));
    }

    List<Media> media(long courseId) {
        return list("select id, name, size_bytes from course_media where course_id = ? order by name", courseId,
                rs -> new Media(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, long id, Row<T> row) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, id);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        });
    }

    private static List<String> strings(@Nullable Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
