package vn.hocluat.training;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL of activity participants and of the roster look-ups of check-in; the services have checked the scope. */
@Singleton
class ParticipantQueries {
    /** A roster phone reduced to digits with a leading 84 (from +84) turned into 0, as {@link Phones#normalise} does. */
    private static final String PHONE = """
            case when regexp_replace(p.phone, '\\D', '', 'g') ~ '^84\\d{9,10}$'
                 then '0' || substr(regexp_replace(p.phone, '\\D', '', 'g'), 3)
                 else regexp_replace(p.phone, '\\D', '', 'g') end""";

    private final JdbcOperations jdbc;

    ParticipantQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ParticipantRow> list(long activityId) {
        return jdbc.prepareStatement("""
                select p.id, p.full_name, p.code, u.name, ap.status, ap.completed, ap.checked_in_at, ap.source
                from activity_participant ap join person p on p.id = ap.person_id join unit u on u.id = p.unit_id
                where ap.activity_id = ? order by p.search_name, p.full_name, p.id""", st -> {
            st.setLong(1, activityId);
            List<ParticipantRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(7);
                    out.add(new ParticipantRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6), at == null ? null : at.toInstant(), rs.getString(8)));
                }
            }
            return out;
        });
    }

    long completedCount(long activityId) {
        return jdbc.prepareStatement("select count(*) from activity_participant where activity_id = ? and completed", st -> {
            st.setLong(1, activityId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Of the given persons, those whose unit lies in the subtree of the path. */
    List<Long> inSubtree(Collection<Long> personIds, String pathPrefix) {
        return jdbc.prepareStatement("""
                select p.id from person p join unit u on u.id = p.unit_id where p.id = any (?) and u.path like ? || '%'""", st -> {
            st.setArray(1, ActivityQueries.bigints(st, personIds));
            st.setString(2, pathPrefix);
            return ids(st.executeQuery());
        });
    }

    /** Adds the persons as present (source PICK or UPLOAD); those already there keep their row. Returns how many were added. */
    int add(long activityId, Collection<Long> personIds, String source, Instant at) {
        return jdbc.prepareStatement("""
                insert into activity_participant (activity_id, person_id, status, source, updated_at)
                select ?, x, 'PRESENT', ?, ? from unnest(?) as x on conflict do nothing""", st -> {
            st.setLong(1, activityId);
            st.setString(2, source);
            st.setTimestamp(3, Timestamp.from(at));
            st.setArray(4, ActivityQueries.bigints(st, personIds));
            return st.executeUpdate();
        });
    }

    void setStatus(long activityId, long personId, String status, boolean completed, Instant at) {
        jdbc.prepareStatement("""
                update activity_participant set status = ?, completed = ?, updated_at = ?
                where activity_id = ? and person_id = ? and (status <> ? or completed <> ?)""", st -> {
            st.setString(1, status);
            st.setBoolean(2, completed);
            st.setTimestamp(3, Timestamp.from(at));
            st.setLong(4, activityId);
            st.setLong(5, personId);
            st.setString(6, status);
            st.setBoolean(7, completed);
            return st.executeUpdate();
        });
    }

    int completePresent(long activityId, Instant at) {
        return jdbc.prepareStatement("""
                update activity_participant set completed = true, updated_at = ?
                where activity_id = ? and status = 'PRESENT' and not completed""", st -> {
            st.setTimestamp(1, Timestamp.from(at));
            st.setLong(2, activityId);
            return st.executeUpdate();
        });
    }

    void remove(long activityId, long personId) {
        jdbc.prepareStatement("delete from activity_participant where activity_id = ? and person_id = ?", st -> {
            st.setLong(1, activityId);
            st.setLong(2, personId);
            return st.executeUpdate();
        });
    }

    /** Marks the person present by check-in; the completion stays as the organiser set it. */
    void checkIn(long activityId, long personId, Instant at) {
        jdbc.prepareStatement("""
                insert into activity_participant (activity_id, person_id, status, checked_in_at, source, updated_at)
                values (?, ?, 'PRESENT', ?, 'CHECKIN', ?)
                on conflict (activity_id, person_id) do update
                set status = 'PRESENT', checked_in_at = excluded.checked_in_at, source = 'CHECKIN', updated_at = excluded.updated_at""", st -> {
            st.setLong(1, activityId);
            st.setLong(2, personId);
            st.setTimestamp(3, Timestamp.from(at));
            st.setTimestamp(4, Timestamp.from(at));
            return st.executeUpdate();
        });
    }

    /** The active roster persons of the subtree linked to the account. */
    List<Long> byAccount(long accountId, String pathPrefix, LocalDate day) {
        return jdbc.prepareStatement("""
                select p.id from person p join unit u on u.id = p.unit_id
                where p.account_id = ? and u.path like ? || '%' and p.active_from <= ? and (p.active_to is null or p.active_to >= ?)""", st -> {
            st.setLong(1, accountId);
            st.setString(2, pathPrefix);
            st.setObject(3, day);
            st.setObject(4, day);
            return ids(st.executeQuery());
        });
    }

    /** The active roster persons of the subtree with this (normalised) phone and birth date; at most two are read. */
    List<Long> byPhoneAndBirth(String phone, LocalDate birthDate, String pathPrefix, LocalDate day) {
        return jdbc.prepareStatement("select p.id from person p join unit u on u.id = p.unit_id where p.birth_date = ? and "
                + PHONE + """
                 = ? and u.path like ? || '%' and p.active_from <= ? and (p.active_to is null or p.active_to >= ?) limit 2""", st -> {
            st.setObject(1, birthDate);
            st.setString(2, phone);
            st.setString(3, pathPrefix);
            st.setObject(4, day);
            st.setObject(5, day);
            return ids(st.executeQuery());
        });
    }

    /** Person ids by code, for the codes of persons in the subtree of the path. */
    Map<String, Long> codesInSubtree(Collection<String> codes, String pathPrefix) {
        return jdbc.prepareStatement("""
                select p.code, p.id from person p join unit u on u.id = p.unit_id where p.code = any (?) and u.path like ? || '%'""", st -> {
            st.setArray(1, st.getConnection().createArrayOf("varchar", codes.toArray()));
            st.setString(2, pathPrefix);
            Map<String, Long> out = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    void upsertUploaded(long activityId, long personId, String status, boolean completed, Instant at) {
        jdbc.prepareStatement("""
                insert into activity_participant (activity_id, person_id, status, completed, source, updated_at)
                values (?, ?, ?, ?, 'UPLOAD', ?)
                on conflict (activity_id, person_id) do update
                set status = excluded.status, completed = excluded.completed, source = 'UPLOAD', updated_at = excluded.updated_at""", st -> {
            st.setLong(1, activityId);
            st.setLong(2, personId);
            st.setString(3, status);
            st.setBoolean(4, completed);
            st.setTimestamp(5, Timestamp.from(at));
            return st.executeUpdate();
        });
    }

    private static List<Long> ids(ResultSet rs) throws SQLException {
        try (rs) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }
}
