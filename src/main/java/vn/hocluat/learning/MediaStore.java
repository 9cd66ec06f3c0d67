package vn.hocluat.learning;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The files of a course (video, audio, documents, images) in PostgreSQL, so every node serves every
 * file. The column is stored uncompressed out of line, so {@link #read} of a range fetches only the
 * pages it covers — what HTTP range requests of a video player need. Callers check access and the
 * name; the table refuses names with a path (no '/' or '..').
 */
@Singleton
public class MediaStore {
    public record Media(long id, long courseId, String name, String contentType, long size, String sha256) {
    }

    private static final String META = "select id, course_id, name, content_type, size_bytes, sha256 from course_media";

    private final JdbcOperations jdbc;

    MediaStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores (or replaces, by name) a file of the course; returns its id. */
    @Transactional
    public long put(long courseId, String name, String contentType, byte[] data) {
        return jdbc.prepareStatement("""
                insert into course_media (course_id, name, content_type, size_bytes, sha256, data) values (?, ?, ?, ?, ?, ?)
                on conflict (course_id, name) do update set content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                    sha256 = excluded.sha256, data = excluded.data, created_at = now()
                returning id""", st -> {
            st.setLong(1, courseId);
            st.setString(2, name);
            st.setString(3, contentType);
            st.setLong(4, data.length);
            st.setString(5, sha256(data));
            st.setBytes(6, data);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @ReadOnly
    public Optional<Media> find(long mediaId) {
        return meta(META + " where id = ?", mediaId, null);
    }

    @ReadOnly
    public Optional<Media> find(long courseId, String name) {
        return meta(META + " where course_id = ? and name = ?", courseId, name);
    }

    /** {@code length} bytes from {@code offset} (0-based); fewer at the end of the file. */
    @ReadOnly
    public byte[] read(long mediaId, long offset, int length) {
        return jdbc.prepareStatement("select substring(data from cast(? as int) for ?) from course_media where id = ?", st -> {
            st.setLong(1, offset + 1);
            st.setInt(2, length);
            st.setLong(3, mediaId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : new byte[0];
            }
        });
    }

    @Transactional
    public void delete(long mediaId) {
        jdbc.prepareStatement("delete from course_media where id = ?", st -> {
            st.setLong(1, mediaId);
            return st.executeUpdate();
        });
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Media> meta(String sql, long id, @io.micronaut.core.annotation.Nullable String name) {
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, id);
            if (name != null) {
                st.setString(2, name);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Media(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6))) : Optional.empty();
            }
        });
    }
}
