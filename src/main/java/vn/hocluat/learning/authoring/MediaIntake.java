package vn.hocluat.learning.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.learning.MediaStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * Checks an uploaded course file (extension and first bytes of its kind, size limit, not empty),
 * names it safely and stores it with {@link MediaStore}. The caller has checked edit access.
 */
@Singleton
class MediaIntake {
    /** A file that passed the checks, ready to store. */
    record Checked(String name, String contentType, byte[] data) {
    }

    private final MediaLimits limits;
    private final MediaStore store;
    private final JdbcOperations jdbc;

    MediaIntake(MediaLimits limits, MediaStore store, JdbcOperations jdbc) {
        this.limits = limits;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The file if it may be stored as {@code kind}; else an {@link Invalid} on {@code field}. */
    Checked check(String field, MediaKind kind, Upload upload) {
        String shown = upload.filename();
        String ext = MediaNames.extension(shown);
        Invalid.Label kindLabel = new Invalid.Label("author.mediaKind." + kind.name());
        if (!kind.allows(ext)) {
            throw Invalid.of(field, "author.media.type", shown, kindLabel, kind.extensions());
        }
        if (upload.size() == 0) {
            throw Invalid.of(field, "author.media.empty", shown);
        }
        if (upload.size() > limits.bytes(kind)) {
            BigDecimal mb = BigDecimal.valueOf(upload.size()).divide(BigDecimal.valueOf(1024L * 1024L), 1, RoundingMode.HALF_UP);
            throw Invalid.of(field, "author.media.tooLarge", shown, mb, limits.mb(kind), kindLabel);
        }
        byte[] data = upload.bytes();
        if (!MediaKind.magicMatches(ext, data)) {
            throw Invalid.of(field, "author.media.magic", shown, ext.toUpperCase(Locale.ROOT), ext);
        }
        String name = MediaNames.safe(shown, ext, kind == MediaKind.IMAGE ? "anh" : "tep");
        return new Checked(name, kind.contentType(ext), data);
    }

    /**
     * Stores the file; a name another file of the course already uses gets "-2", "-3"… unless that
     * file is the one being replaced ({@code replacing}). Returns the media id.
     */
    @Transactional
    long store(long courseId, Checked file, @Nullable Long replacing) {
        String name = file.name();
        for (int n = 2; taken(courseId, name, replacing); n++) {
            name = MediaNames.numbered(file.name(), n);
        }
        return store.put(courseId, name, file.contentType(), file.data());
    }

    /** Deletes a file no lesson and no cover refers to any more. */
    @Transactional
    void dropIfUnused(@Nullable Long mediaId) {
        if (mediaId == null) {
            return;
        }
        jdbc.prepareStatement("""
                delete from course_media m where m.id = ?
                  and not exists (select 1 from lesson l where l.media_id = m.id)
                  and not exists (select 1 from course c where c.cover_media_id = m.id)""", st -> {
            st.setLong(1, mediaId);
            return st.executeUpdate();
        });
    }

    private boolean taken(long courseId, String name, @Nullable Long replacing) {
        return jdbc.prepareStatement("select id from course_media where course_id = ? and name = ?", st -> {
            st.setLong(1, courseId);
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && (replacing == null || rs.getLong(1) != replacing);
            }
        });
    }
}
