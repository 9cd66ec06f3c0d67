package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseHead;
import vn.hocluat.learning.MediaStore;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.web.Problem;

import java.sql.ResultSet;
import java.util.regex.Pattern;

/** A course's stored file by name, for a caller who may view the course (404 otherwise, and for names with a path). */
@Singleton
class MediaFiles {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,119}");

    private final ViewableCourse courses;
    private final MediaStore store;
    private final JdbcOperations jdbc;

    MediaFiles(ViewableCourse courses, MediaStore store, JdbcOperations jdbc) {
        this.courses = courses;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The file's metadata and when it was stored (its Last-Modified, epoch milliseconds). */
    record File(MediaStore.Media media, long storedAt) {
    }

    @ReadOnly
    File find(@Nullable CurrentUser user, String slug, String name) {
        CourseHead course = courses.bySlug(user, slug);
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw Problem.notFound();
        }
        MediaStore.Media media = store.find(course.id(), name).orElseThrow(Problem::notFound);
        long storedAt = jdbc.prepareStatement("select created_at from course_media where id = ?", st -> {
            st.setLong(1, media.id());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).getTime() : 0L;
            }
        });
        return new File(media, storedAt);
    }
}
