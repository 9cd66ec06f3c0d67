package vn.hocluat.contest.manage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The contest banner: one JPEG, PNG or WebP image of at most 500 KB, recognised by its first bytes
 * (the file name and the browser's content type are not trusted), stored in PostgreSQL and served
 * at /thi/anh/{contestId}. Anyone may read the banner of a published contest; a draft's only
 * someone in the contest's scope. {@link #exists} is public for the landing page (og:image).
 */
@Singleton
public class BannerService {
    static final int MAX_BYTES = 500 * 1024;

    private final JdbcOperations jdbc;
    private final ContestService contests;
    private final UnitScope scope;

    BannerService(JdbcOperations jdbc, ContestService contests, UnitScope scope) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.scope = scope;
    }

    /** A stored banner; {@code version} changes with every upload (the ETag). */
    record Banner(String contentType, byte[] bytes, long version, boolean published, long unitId) {
    }

    @Transactional
    void upload(CurrentUser user, long contestId, @Nullable byte[] bytes) {
        contests.requireContest(user, contestId);
        if (bytes == null || bytes.length == 0) {
            throw new ContestInvalid(Map.of("banner", "contest.organiser.banner.missing"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ContestInvalid(Map.of("banner", "contest.organiser.banner.tooLarge"));
        }
        String type = imageType(bytes).orElseThrow(
                () -> new ContestInvalid(Map.of("banner", "contest.organiser.banner.notImage")));
        jdbc.prepareStatement("""
                insert into contest_banner (contest_id, content_type, bytes, updated_by, updated_at) values (?, ?, ?, ?, now())
                on conflict (contest_id) do update set content_type = excluded.content_type, bytes = excluded.bytes,
                    updated_by = excluded.updated_by, updated_at = now()""", ps -> {
            ps.setLong(1, contestId);
            ps.setString(2, type);
            ps.setBytes(3, bytes);
            ps.setLong(4, user.accountId());
            return ps.executeUpdate();
        });
    }

    @Transactional
    void remove(CurrentUser user, long contestId) {
        contests.requireContest(user, contestId);
        jdbc.prepareStatement("delete from contest_banner where contest_id = ?", ps -> {
            ps.setLong(1, contestId);
            return ps.executeUpdate();
        });
    }

    /** Whether the contest has a banner (for og:image on the landing page); no user needed. */
    @ReadOnly
    public boolean exists(long contestId) {
        return ContestRows.test(jdbc, "select exists (select 1 from contest_banner where contest_id = ?)", contestId);
    }

    /** The banner as the public route may serve it: a draft's only to a user in the contest's scope. */
    @ReadOnly
    Optional<Banner> read(long contestId, Optional<CurrentUser> user) {
        Optional<Banner> banner = jdbc.prepareStatement("""
                select b.content_type, b.bytes, (extract(epoch from b.updated_at) * 1000000)::bigint, c.status = 'PUBLISHED',
                    c.unit_id
                from contest_banner b join contest c on c.id = b.contest_id where b.contest_id = ?""", ps -> {
            ps.setLong(1, contestId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Banner(rs.getString(1), rs.getBytes(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getLong(5)))
                        : Optional.<Banner>empty();
            }
        });
        if (banner.isPresent() && !banner.get().published()) {
            boolean organiser = user.isPresent() && user.get().hasAny(Role.ORGANISER, Role.MANAGER, Role.ADMIN)
                    && scope.contains(user.get(), banner.get().unitId());
            return organiser ? banner : Optional.empty();
        }
        return banner;
    }

    /** image/jpeg, image/png or image/webp from the magic bytes; empty for anything else. */
    static Optional<String> imageType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8), png)) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && new String(b, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
                && new String(b, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
