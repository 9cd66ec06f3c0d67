package vn.hocluat.satisfaction;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ratings in SQL; no scope here (RatingService checks it). Callers hold a transaction. */
@Singleton
class RatingStore {
    /** The first day of the current month in Vietnam time: the rating window. */
    static final String WINDOW = "date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')::date";

    private final JdbcOperations jdbc;

    RatingStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner unit of a course or contest; pages belong to the root unit. */
    Optional<Long> ownerUnit(RatedObject object) {
        String sql = switch (object.kind()) {
            case COURSE -> "select unit_id from course where id = ?";
            case CONTEST -> "select unit_id from contest where id = ?";
            case PAGE -> "select id from unit where parent_id is null order by id limit 1";
        };
        return jdbc.prepareStatement(sql, st -> {
            if (object.kind() != RatedObject.Kind.PAGE) {
                st.setLong(1, object.id());
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    /** The unit a rater declared: an account's unit, an entrant's residence; none for an anonymous rater. */
    Optional<Long> declaredUnit(Rater rater) {
        if (rater.accountId() == null && rater.entrantId() == null) {
            return Optional.empty();
        }
        String sql = rater.accountId() != null ? "select unit_id from account where id = ?" : "select unit_id from entrant where id = ?";
        return jdbc.prepareStatement(sql, st -> {
            st.setLong(1, rater.accountId() != null ? rater.accountId() : rater.entrantId());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }

    boolean ratedThisWindow(String raterKey, RatedObject object) {
        return jdbc.prepareStatement("""
                select 1 from rating where rater_key = ? and object_kind = ? and coalesce(object_id, 0) = ?
                   and coalesce(object_path, '') = ? and window_month = """ + WINDOW, st -> {
            st.setString(1, raterKey);
            st.setString(2, object.kind().name());
            st.setLong(3, object.id() == null ? 0 : object.id());
            st.setString(4, object.path() == null ? "" : object.path());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Inserts the rating; false when the rater already rated the object this window (a concurrent twin). */
    boolean insert(RatingRequest r, long ownerUnitId, @Nullable Long declaredUnitId) {
        return jdbc.prepareStatement("""
                insert into rating (object_kind, object_id, object_path, owner_unit_id, score, comment, account_id,
                                    entrant_id, anonymous_id, rater_key, client_address, declared_unit_id, window_month)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, """ + WINDOW + ") on conflict do nothing", st -> {
            st.setString(1, r.object().kind().name());
            setLong(st, 2, r.object().id());
            st.setString(3, r.object().path());
            st.setLong(4, ownerUnitId);
            st.setInt(5, r.score());
            st.setString(6, r.comment());
            setLong(st, 7, r.rater().accountId());
            setLong(st, 8, r.rater().entrantId());
            st.setString(9, r.rater().anonymousId());
            st.setString(10, r.rater().key());
            st.setString(11, r.clientAddress());
            setLong(st, 12, declaredUnitId);
            return st.executeUpdate() == 1;
        });
    }

    /** Ratings on objects owned by units under the path prefix, rated in [from, to); newest first. */
    List<Rating> under(String pathPrefix, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("""
                select r.id, r.object_kind, r.object_id, r.object_path, r.owner_unit_id, u.name, r.score, r.comment, r.rated_at
                  from rating r join unit u on u.id = r.owner_unit_id
                 where u.path like ? || '%' and r.window_month >= ? and r.window_month < ?
                 order by r.rated_at desc, r.id desc""", st -> {
            st.setString(1, pathPrefix);
            st.setObject(2, from);
            st.setObject(3, to);
            List<Rating> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long objectId = rs.getLong(3);
                    out.add(new Rating(rs.getLong(1), new RatedObject(RatedObject.Kind.valueOf(rs.getString(2)),
                            rs.wasNull() ? null : objectId, rs.getString(4)), rs.getLong(5), rs.getString(6),
                            rs.getInt(7), rs.getString(8), rs.getObject(9, java.time.OffsetDateTime.class)));
                }
            }
            return out;
        });
    }

    private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }
}
