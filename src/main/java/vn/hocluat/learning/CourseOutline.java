package vn.hocluat.learning;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A course's modules and (non-retired) lessons in order, with the learner's done marks: what the
 * course page, the lesson player and "my learning" show. Callers check access with {@link CourseAccess}.
 */
@Singleton
@ReadOnly
public class CourseOutline {
    private final JdbcOperations jdbc;

    CourseOutline(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public record Lesson(long id, long moduleId, String slug, String kind, String title, boolean required,
                         @Nullable Integer durationMinutes, @Nullable Long mediaId, @Nullable String externalUrl,
                         @Nullable Long quizId, boolean mustPass, boolean opened, boolean done) {
    }

    public record Module(long id, String title, List<Lesson> lessons) {
    }

    /** The lessons in order; {@code requiredDone} of {@code requiredCount} required lessons are done. */
    public record Outline(List<Module> modules, List<Lesson> lessons, int requiredCount, int requiredDone) {
        public int percent() {
            return CourseOutline.percent(requiredDone, requiredCount);
        }

        public Optional<Lesson> bySlug(String slug) {
            return lessons.stream().filter(l -> l.slug().equals(slug)).findFirst();
        }

        public Optional<Lesson> byId(long id) {
            return lessons.stream().filter(l -> l.id() == id).findFirst();
        }

        /** Where to resume: the last lesson opened, else the first required lesson not done, else the first lesson. */
        public Optional<Lesson> resume(@Nullable Long lastLessonId) {
            Optional<Lesson> last = lastLessonId == null ? Optional.empty() : byId(lastLessonId);
            return last.or(() -> lessons.stream().filter(l -> l.required() && !l.done()).findFirst())
                    .or(() -> lessons.stream().findFirst());
        }
    }

    /**
     * SQL for two columns: the course's required current lessons, and how many of them the
     * enrolment has done — the progress shown in lists ({@code c} = course, {@code e} = enrollment).
     */
    public static final String PROGRESS_COLUMNS = """
            (select count(*) from lesson l where l.course_id = c.id and l.required and not l.retired),
            (select count(*) from lesson l join lesson_progress p on p.lesson_id = l.id and p.enrollment_id = e.id
             where l.course_id = c.id and l.required and not l.retired and p.done_at is not null)""";

    /** Progress in whole percent: done of required (0 without required lessons). */
    public static int percent(long done, long required) {
        return required == 0 ? 0 : (int) (done * 100 / required);
    }

    /** The outline with the done marks of the enrolment (null: none). */
    public Outline outline(long courseId, @Nullable Long enrolmentId) {
        List<Lesson> lessons = jdbc.prepareStatement("""
                select l.id, l.module_id, l.slug, l.kind, l.title, l.required, l.duration_minutes, l.media_id, l.external_url,
                       l.quiz_id, l.must_pass, p.lesson_id is not null, p.done_at is not null
                from lesson l join course_module m on m.id = l.module_id
                left join lesson_progress p on p.lesson_id = l.id and p.enrollment_id = ?
                where l.course_id = ? and not l.retired
                order by m.position, m.id, l.position, l.id""", st -> {
            st.setObject(1, enrolmentId);
            st.setLong(2, courseId);
            List<Lesson> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(lesson(rs));
                }
            }
            return out;
        });
        Map<Long, String> titles = jdbc.prepareStatement(
                "select id, title from course_module where course_id = ? order by position, id", st -> {
                    st.setLong(1, courseId);
                    Map<Long, String> m = new LinkedHashMap<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            m.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                    return m;
                });
        List<Module> modules = new ArrayList<>();
        titles.forEach((id, title) -> {
            List<Lesson> in = lessons.stream().filter(l -> l.moduleId() == id).toList();
            if (!in.isEmpty()) {
                modules.add(new Module(id, title, in));
            }
        });
        int required = (int) lessons.stream().filter(Lesson::required).count();
        int done = (int) lessons.stream().filter(l -> l.required() && l.done()).count();
        return new Outline(modules, lessons, required, done);
    }

    /** The course's summary and its description (Markdown, not yet sanitised). */
    public record Texts(@Nullable String summary, String description, @Nullable Integer minMinutes) {
    }

    public Texts texts(long courseId) {
        return jdbc.prepareStatement("select summary, description, min_minutes from course where id = ?", st -> {
            st.setLong(1, courseId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Texts(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3))
                        : new Texts(null, "", null);
            }
        });
    }

    /** Where the learner left the lesson's video or audio, in seconds (null: not recorded). */
    @Nullable
    public Integer position(long enrolmentId, long lessonId) {
        return jdbc.prepareStatement("select position_seconds from lesson_progress where enrollment_id = ? and lesson_id = ?", st -> {
            st.setLong(1, enrolmentId);
            st.setLong(2, lessonId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? (Integer) rs.getObject(1) : null;
            }
        });
    }

    /** A lesson's Markdown body. */
    public String body(long lessonId) {
        return jdbc.prepareStatement("select body from lesson where id = ?", st -> {
            st.setLong(1, lessonId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    private static Lesson lesson(ResultSet rs) throws SQLException {
        return new Lesson(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                (Integer) rs.getObject(7), (Long) rs.getObject(8), rs.getString(9), (Long) rs.getObject(10), rs.getBoolean(11),
                rs.getBoolean(12), rs.getBoolean(13));
    }
}
