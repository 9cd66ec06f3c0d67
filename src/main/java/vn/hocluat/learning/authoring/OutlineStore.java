package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * SQL of modules and lessons for the authoring pages. Positions run 1..n within the course (modules)
 * or the module (lessons, retired ones left out); every lookup is by course too, so an id of another
 * course is simply not found. Callers hold the transaction and have checked edit access.
 */
@Singleton
class OutlineStore {
    private static final String LESSON = """
            select l.id, l.module_id, l.position, l.slug, l.kind, l.title, l.body, l.required, l.duration_minutes, l.media_id,
                   m.name, m.content_type, l.external_url, l.quiz_id, q.title, l.must_pass
            from lesson l left join course_media m on m.id = l.media_id left join quiz q on q.id = l.quiz_id
            where l.course_id = ? and not l.retired""";

    private final JdbcOperations jdbc;

    OutlineStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ModuleRow> modules(long courseId) {
        return jdbc.prepareStatement("select id, position, slug, title from course_module where course_id = ? order by position, id", st -> {
            st.setLong(1, courseId);
            List<ModuleRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ModuleRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    Optional<ModuleRow> module(long courseId, long moduleId) {
        return modules(courseId).stream().filter(m -> m.id() == moduleId).findFirst();
    }

    /** The live lessons of the course in module order, then lesson order. */
    List<LessonRow> lessons(long courseId) {
        return lessonQuery(LESSON + " order by l.module_id, l.position, l.id", courseId, null);
    }

    Optional<LessonRow> lesson(long courseId, long lessonId) {
        return lessonQuery(LESSON + " and l.id = ?", courseId, lessonId).stream().findFirst();
    }

    boolean moduleSlugTaken(long courseId, String slug) {
        return exists("select 1 from course_module where course_id = ? and slug = ? and id <> ?", courseId, slug, -1);
    }

    /** Retired lessons keep their slug (their progress points at it), so they count. */
    boolean lessonSlugTaken(long courseId, String slug, long except) {
        return exists("select 1 from lesson where course_id = ? and slug = ? and id <> ?", courseId, slug, except);
    }

    long insertModule(long courseId, String slug, String title) {
        return jdbc.prepareStatement("""
                insert into course_module (course_id, position, slug, title)
                values (?, (select coalesce(max(position), 0) + 1 from course_module where course_id = ?), ?, ?) returning id""", st -> {
            st.setLong(1, courseId);
            st.setLong(2, courseId);
            st.setString(3, slug);
            st.setString(4, title);
            return one(st);
        });
    }

    void renameModule(long moduleId, String title) {
        jdbc.prepareStatement("update course_module set title = ? where id = ?", st -> {
            st.setString(1, title);
            st.setLong(2, moduleId);
            return st.executeUpdate();
        });
    }

    /** Deletes the module when it holds no lesson at all (retired ones included); false otherwise. */
    boolean deleteEmptyModule(long courseId, long moduleId) {
        boolean deleted = jdbc.prepareStatement("""
                delete from course_module m where m.id = ? and not exists (select 1 from lesson l where l.module_id = m.id)""", st -> {
            st.setLong(1, moduleId);
            return st.executeUpdate() == 1;
        });
        renumber("course_module", "course_id", courseId, order("course_module", "course_id", courseId));
        return deleted;
    }

    long insertLesson(long courseId, LessonData d) {
        long id = jdbc.prepareStatement("""
                insert into lesson (course_id, module_id, position, slug, kind, title, body, required, duration_minutes, media_id,
                    external_url, quiz_id, must_pass)
                values (?, ?, (select coalesce(max(position), 0) + 1 from lesson where module_id = ? and not retired),
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", st -> {
            st.setLong(1, courseId);
            st.setLong(2, d.moduleId());
            st.setLong(3, d.moduleId());
            bindLesson(st, 4, d);
            return one(st);
        });
        return id;
    }

    /** Saves the lesson; moved to another module, it goes to the end of that module. */
    void updateLesson(LessonRow current, LessonData d) {
        jdbc.prepareStatement("""
                update lesson set slug = ?, kind = ?, title = ?, body = ?, required = ?, duration_minutes = ?, media_id = ?,
                    external_url = ?, quiz_id = ?, must_pass = ?, module_id = ?,
                    position = case when module_id = ? then position
                        else (select coalesce(max(position), 0) + 1 from lesson where module_id = ? and not retired) end
                where id = ?""", st -> {
            bindLesson(st, 1, d);
            st.setLong(11, d.moduleId());
            st.setLong(12, d.moduleId());
            st.setLong(13, d.moduleId());
            st.setLong(14, current.id());
            return st.executeUpdate();
        });
        if (current.moduleId() != d.moduleId()) {
            renumberLessons(current.moduleId());
        }
    }

    /**
     * Removes a lesson. One that learners have opened is retired instead (hidden, its progress and
     * the material-access figures kept), as the files import does with a lesson a new version drops.
     */
    void removeLesson(LessonRow lesson) {
        jdbc.prepareStatement("""
                with used as (select exists (select 1 from lesson_progress p where p.lesson_id = ?) as yes),
                retire as (update lesson set retired = true, position = 0 where id = ? and (select yes from used) returning id)
                delete from lesson where id = ? and not (select yes from used)""", st -> {
            st.setLong(1, lesson.id());
            st.setLong(2, lesson.id());
            st.setLong(3, lesson.id());
            return st.executeUpdate();
        });
        renumberLessons(lesson.moduleId());
    }

    /** Moves a module one place up (-1) or down (+1) in its course; false (nothing done) at either end. */
    boolean moveModule(long courseId, long moduleId, int step) {
        return move("course_module", "course_id", courseId, moduleId, step);
    }

    boolean moveLesson(long moduleId, long lessonId, int step) {
        return move("lesson", "module_id", moduleId, lessonId, step);
    }

    private void renumberLessons(long moduleId) {
        renumber("lesson", "module_id", moduleId, order("lesson", "module_id", moduleId));
    }

    private boolean move(String table, String parentColumn, long parentId, long id, int step) {
        List<Long> order = order(table, parentColumn, parentId);
        boolean moved = swap(order, id, step);
        if (moved) {
            renumber(table, parentColumn, parentId, order);
        }
        return moved;
    }

    /** The ids of the modules of a course, or of the live lessons of a module, in their order. */
    private List<Long> order(String table, String parentColumn, long parentId) {
        String live = table.equals("lesson") ? " and not retired" : "";
        return ids("select id from " + table + " where " + parentColumn + " = ?" + live + " order by position, id", parentId);
    }

    private static boolean swap(List<Long> order, long id, int step) {
        int at = order.indexOf(id);
        int to = at + step;
        if (at < 0 || to < 0 || to >= order.size()) {
            return false;
        }
        Collections.swap(order, at, to);
        return true;
    }

    private void renumber(String table, String parentColumn, long parentId, List<Long> order) {
        jdbc.prepareStatement("update " + table + " set position = ? where id = ? and " + parentColumn + " = ?", st -> {
            for (int i = 0; i < order.size(); i++) {
                st.setInt(1, i + 1);
                st.setLong(2, order.get(i));
                st.setLong(3, parentId);
                st.addBatch();
            }
            return st.executeBatch();
        });
    }

    private List<Long> ids(String sql, long key) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, key);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private boolean exists(String sql, long courseId, String slug, long except) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, courseId);
            st.setString(2, slug);
            st.setLong(3, except);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    private List<LessonRow> lessonQuery(String sql, long courseId, @Nullable Long lessonId) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, courseId);
            if (lessonId != null) {
                st.setLong(2, lessonId);
            }
            List<LessonRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new LessonRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getBoolean(8), (Integer) rs.getObject(9), (Long) rs.getObject(10), rs.getString(11),
                            rs.getString(12), rs.getString(13), (Long) rs.getObject(14), rs.getString(15), rs.getBoolean(16)));
                }
            }
            return out;
        });
    }

    private static void bindLesson(PreparedStatement st, int from, LessonData d) throws SQLException {
        st.setString(from, d.slug());
        st.setString(from + 1, d.kind());
        st.setString(from + 2, d.title());
        st.setString(from + 3, d.body());
        st.setBoolean(from + 4, d.required());
        st.setObject(from + 5, d.minutes(), Types.INTEGER);
        st.setObject(from + 6, d.mediaId(), Types.BIGINT);
        st.setString(from + 7, d.externalUrl());
        st.setObject(from + 8, d.quizId(), Types.BIGINT);
        st.setBoolean(from + 9, d.mustPass());
    }

    private static long one(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
