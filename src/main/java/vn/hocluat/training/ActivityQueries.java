package vn.hocluat.training;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Fold;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SQL of activities; ActivityService has checked the scope before any of it runs. */
@Singleton
class ActivityQueries {
    private final JdbcOperations jdbc;

    ActivityQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ActivityInput in, long createdBy, Instant at) {
        return jdbc.prepareStatement("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on, location, link, trainers,
                                               created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", st -> {
            int i = bindInput(st, in);
            st.setLong(i++, createdBy);
            st.setTimestamp(i++, Timestamp.from(at));
            st.setTimestamp(i, Timestamp.from(at));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    void update(long id, ActivityInput in, Instant at) {
        jdbc.prepareStatement("""
                update training_activity set unit_id = ?, title = ?, search_text = ?, topics = ?, mode = ?, starts_on = ?, ends_on = ?,
                       location = ?, link = ?, trainers = ?, updated_at = ? where id = ?""", st -> {
            int i = bindInput(st, in);
            st.setTimestamp(i++, Timestamp.from(at));
            st.setLong(i, id);
            return st.executeUpdate();
        });
    }

    private static int bindInput(PreparedStatement st, ActivityInput in) throws SQLException {
        int i = 1;
        st.setLong(i++, in.unitId());
        st.setString(i++, in.title());
        st.setString(i++, Fold.fold(String.join(" ", in.title(), String.join(" ", in.topics()),
                nonNull(in.location()), nonNull(in.trainers()))));
        st.setArray(i++, st.getConnection().createArrayOf("text", in.topics().toArray()));
        st.setString(i++, in.mode().name());
        st.setObject(i++, in.startsOn());
        st.setObject(i++, in.endsOn());
        st.setString(i++, in.location());
        st.setString(i++, in.link());
        st.setString(i++, in.trainers());
        return i;
    }

    Optional<ActivityView> find(long id) {
        return one("where a.id = ?", st -> st.setLong(1, id));
    }

    Optional<ActivityView> findByCode(String code) {
        return one("where a.checkin_code = ?", st -> st.setString(1, code));
    }

    private Optional<ActivityView> one(String where, Binder binder) {
        return jdbc.prepareStatement("""
                select a.id, a.title, a.topics, u.id, u.name, a.mode, a.starts_on, a.ends_on, a.location, a.link, a.trainers, a.checkin_code
                from training_activity a join unit u on u.id = a.unit_id\s""" + where, st -> {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new ActivityView(rs.getLong(1), rs.getString(2), topics(rs.getArray(3)), rs.getLong(4),
                        rs.getString(5), ActivityMode.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))
                        : Optional.empty();
            }
        });
    }

    void delete(long id) {
        jdbc.prepareStatement("delete from training_activity where id = ?", st -> {
            st.setLong(1, id);
            return st.executeUpdate();
        });
    }

    void setCheckinCode(long id, String code) {
        jdbc.prepareStatement("update training_activity set checkin_code = ? where id = ?", st -> {
            st.setString(1, code);
            st.setLong(2, id);
            return st.executeUpdate();
        });
    }

    /** Participants who lie outside the subtree of the path (a unit change must keep them all inside). */
    long participantsOutside(long activityId, String pathPrefix) {
        return jdbc.prepareStatement("""
                select count(*) from activity_participant ap join person p on p.id = ap.person_id join unit u on u.id = p.unit_id
                where ap.activity_id = ? and u.path not like ? || '%'""", st -> {
            st.setLong(1, activityId);
            st.setString(2, pathPrefix);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Binds the parameters of a statement. */
    interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    static List<String> topics(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString).toList();
    }

    static Array bigints(PreparedStatement st, Collection<Long> ids) throws SQLException {
        return st.getConnection().createArrayOf("bigint", ids.toArray());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
