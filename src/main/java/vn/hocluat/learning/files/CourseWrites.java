package vn.hocluat.learning.files;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.files.CourseDraft.LessonDraft;
import vn.hocluat.platform.text.Fold;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the files import on the learning tables (course, course_module, lesson); callers hold the transaction. */
@Singleton
@Transactional(Transactional.TxType.MANDATORY)
class CourseWrites {
    /** The stored course a folder may replace. */
    record Existing(long id, int version, String origin, @Nullable Long bankId) {
    }

    /** A stored lesson, found by slug. */
    record OldLesson(long id, @Nullable Long quizId) {
    }

    private final JdbcOperations jdbc;

    CourseWrites(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises imports of one slug (nodes starting together) until the transaction ends. */
    void lock(String slug) {
        query("select pg_advisory_xact_lock(hashtext(?))", List.of("course-files:" + slug), rs -> true);
    }

    Optional<Existing> existing(String slug) {
        return one("select id, version, origin, bank_id from course where slug = ? for update", List.of(slug),
                rs -> new Existing(rs.getLong(1), rs.getInt(2), rs.getString(3), (Long) rs.getObject(4)));
    }

    /** The unit of a code; for the default code, the root unit when no unit carries it. */
    Optional<Long> unit(String code, boolean fallbackToRoot) {
        Optional<Long> id = one("select id from unit where code = ?", List.of(code), rs -> rs.getLong(1));
        return id.isPresent() || !fallbackToRoot ? id
                : one("select id from unit where parent_id is null order by id limit 1", List.of(), rs -> rs.getLong(1));
    }

    long saveCourse(CourseDraft d, long unitId, @Nullable Long id) {
        List<Object> values = new ArrayList<>(List.of(d.version(), d.title(), Fold.fold(d.title() + " " + d.summary()),
                d.summary(), d.description(), d.language()));
        values.add(d.audience().toArray(String[]::new));
        values.add(d.topics().toArray(String[]::new));
        values.addAll(Arrays.asList(d.estimatedMinutes(), unitId, d.publicVisibility() ? "PUBLIC" : "INTERNAL",
                d.selfEnrol(), d.published(), d.minMinutes()));
        if (id == null) {
            values.add(0, d.slug());
            return one("""
                    insert into course (slug, version, title, search_text, summary, description, language, audience, topics,
                        estimated_minutes, unit_id, visibility, self_enrol, published, min_minutes, origin)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FILES') returning id""", values, rs -> rs.getLong(1)).orElseThrow();
        }
        values.add(id);
        update("""
                update course set version = ?, title = ?, search_text = ?, summary = ?, description = ?, language = ?, audience = ?,
                    topics = ?, estimated_minutes = ?, unit_id = ?, visibility = ?, self_enrol = ?, published = ?,
                    min_minutes = ?, origin = 'FILES', unpublished_changes = false, updated_at = now() where id = ?""", values);
        return id;
    }

    void setCover(long courseId, @Nullable Long mediaId) {
        update("update course set cover_media_id = ? where id = ?", Arrays.asList(mediaId, courseId));
    }

    void setBank(long courseId, long bankId) {
        update("update course set bank_id = ? where id = ?", List.of(bankId, courseId));
    }

    /** Media of the course by name → id. */
    Map<String, Long> media(long courseId) {
        return map("select name, id from course_media where course_id = ?", courseId, rs -> rs.getLong(2));
    }

    Map<String, Long> modules(long courseId) {
        return map("select slug, id from course_module where course_id = ?", courseId, rs -> rs.getLong(2));
    }

    Map<String, OldLesson> lessons(long courseId) {
        return map("select slug, id, quiz_id from lesson where course_id = ?", courseId,
                rs -> new OldLesson(rs.getLong(2), (Long) rs.getObject(3)));
    }

    long saveModule(long courseId, @Nullable Long id, int position, CourseDraft.ModuleDraft m) {
        if (id == null) {
            return one("insert into course_module (course_id, position, slug, title, body) values (?, ?, ?, ?, ?) returning id",
                    List.of(courseId, position, m.slug(), m.title(), m.body()), rs -> rs.getLong(1)).orElseThrow();
        }
        update("update course_module set position = ?, title = ?, body = ? where id = ?", List.of(position, m.title(), m.body(), id));
        return id;
    }

    /** Inserts the lesson, or updates the one of the same slug (keeping its id, so progress stays) and brings it back if retired. */
    void saveLesson(long courseId, long moduleId, int position, LessonDraft l, @Nullable Long mediaId, @Nullable Long quizId,
                    @Nullable Long id) {
        List<Object> values = new ArrayList<>(Arrays.asList(moduleId, position, l.kind().name(), l.title(), l.body(),
                l.required(), l.minutes(), mediaId, l.url(), quizId, quizId != null && l.mustPass()));
        if (id == null) {
            values.add(0, courseId);
            values.add(l.slug());
            update("""
                    insert into lesson (course_id, module_id, position, kind, title, body, required, duration_minutes, media_id,
                        external_url, quiz_id, must_pass, slug) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
        } else {
            values.add(id);
            update("""
                    update lesson set module_id = ?, position = ?, kind = ?, title = ?, body = ?, required = ?, duration_minutes = ?,
                        media_id = ?, external_url = ?, quiz_id = ?, must_pass = ?, retired = false where id = ?""", values);
        }
    }

    void retire(long lessonId) {
        update("update lesson set retired = true where id = ?", List.of(lessonId));
    }

    /** Drops a module the folder no longer has; its (retired) lessons move to {@code keeper} so their progress stays. */
    void dropModule(long moduleId, long keeper) {
        update("update lesson set module_id = ? where module_id = ?", List.of(keeper, moduleId));
        update("delete from course_module where id = ?", List.of(moduleId));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Map<String, T> map(String sql, long id, Row<T> row) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, id);
            Map<String, T> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), row.read(rs));
                }
            }
            return out;
        });
    }

    private <T> Optional<T> one(String sql, List<Object> params, Row<T> row) {
        return jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
            }
        });
    }

    private <T> void query(String sql, List<Object> params, Row<T> row) {
        one(sql, params, row);
    }

    private void update(String sql, List<Object> params) {
        jdbc.prepareStatement(sql, st -> {
            bind(st, params);
            return st.executeUpdate();
        });
    }

    private static void bind(PreparedStatement st, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            st.setObject(i + 1, p instanceof String[] a ? st.getConnection().createArrayOf("text", a) : p);
        }
    }
}
