package vn.hocluat.training.history;

import vn.hocluat.platform.text.Fold;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes checked activities and their participants in the caller's transaction: activities matched
 * on (unit, external_ref), inserted or updated in two batches; participants compared with the
 * stored ones and only new or changed ones upserted in one batch.
 */
final class ActivityStore {
    private static final String EXISTING = """
            select id, unit_id, external_ref, title, topics, mode, starts_on, ends_on, location
            from training_activity where external_ref = any(?) and unit_id = any(?)""";
    private static final String INSERT = """
            insert into training_activity (title, search_text, topics, mode, starts_on, ends_on, location,
                unit_id, external_ref, created_by, origin) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT')""";
    private static final String UPDATE = """
            update training_activity set title = ?, search_text = ?, topics = ?, mode = ?, starts_on = ?, ends_on = ?,
                location = ?, updated_at = now() where id = ?""";
    private static final String PARTICIPANTS = """
            select activity_id, person_id, status, completed, completed_on from activity_participant where activity_id = any(?)""";
    private static final String UPSERT = """
            insert into activity_participant (activity_id, person_id, status, completed, completed_on, source)
            values (?, ?, ?, ?, ?, 'IMPORT')
            on conflict (activity_id, person_id) do update set status = excluded.status, completed = excluded.completed,
                completed_on = excluded.completed_on, source = 'IMPORT', updated_at = now()""";

    /** An activity ready to write: its unit id and the participants by person id. */
    record Planned(long unitId, ActivityFile.Activity activity, Map<Long, ActivityFile.Participant> participants) {
    }

    /** Counts of activities and of participant rows written. */
    record Counts(int created, int updated, int unchanged, int participants) {
    }

    private record Stored(long id, ActivityFile.Activity values) {
    }

    private record Attendance(String status, boolean completed, LocalDate completedOn) {
    }

    private ActivityStore() {
    }

    static Counts write(Connection c, Collection<Planned> planned, long accountId) throws SQLException {
        Map<String, Stored> stored = existing(c, planned);
        List<Planned> creates = new ArrayList<>();
        List<Planned> updates = new ArrayList<>();
        for (Planned p : planned) {
            Stored s = stored.get(key(p.unitId(), p.activity().key()));
            if (s == null) {
                creates.add(p);
            } else if (!s.values().equals(withoutUnit(p.activity()))) {
                updates.add(p);
            }
        }
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            for (Planned p : creates) {
                values(c, st, p.activity());
                st.setLong(8, p.unitId());
                st.setString(9, p.activity().key());
                st.setLong(10, accountId);
                st.addBatch();
            }
            st.executeBatch();
        }
        try (PreparedStatement st = c.prepareStatement(UPDATE)) {
            for (Planned p : updates) {
                values(c, st, p.activity());
                st.setLong(8, stored.get(key(p.unitId(), p.activity().key())).id());
                st.addBatch();
            }
            st.executeBatch();
        }
        if (!creates.isEmpty()) {
            stored = existing(c, planned);
        }
        Set<Planned> untouched = Collections.newSetFromMap(new IdentityHashMap<>());
        untouched.addAll(planned);
        creates.forEach(untouched::remove);
        updates.forEach(untouched::remove);
        int[] counts = participants(c, planned, stored, untouched);
        return new Counts(creates.size(), updates.size() + counts[0], untouched.size() - counts[0], counts[1]);
    }

    /** Parameters 1–7 of INSERT and UPDATE: the activity's own columns. */
    private static void values(Connection c, PreparedStatement st, ActivityFile.Activity a) throws SQLException {
        st.setString(1, a.title());
        st.setString(2, Fold.fold(a.title()));
        st.setArray(3, c.createArrayOf("text", a.topics().toArray()));
        st.setString(4, a.mode());
        st.setObject(5, a.startsOn());
        st.setObject(6, a.endsOn());
        st.setString(7, a.location());
    }

    private static ActivityFile.Activity withoutUnit(ActivityFile.Activity a) {
        return new ActivityFile.Activity(a.key(), null, a.title(), a.topics(), a.mode(), a.startsOn(), a.endsOn(), a.location());
    }

    /**
     * Upserts new and changed participants; returns {activities among {@code untouched} (stored and
     * unchanged themselves) whose participants changed, participant rows written}.
     */
    private static int[] participants(Connection c, Collection<Planned> planned, Map<String, Stored> stored,
                                      Set<Planned> untouched) throws SQLException {
        Map<Long, Map<Long, Attendance>> current = attendance(c, stored.values().stream().map(Stored::id).toList());
        int touchedOnly = 0;
        int written = 0;
        try (PreparedStatement st = c.prepareStatement(UPSERT)) {
            for (Planned p : planned) {
                long id = stored.get(key(p.unitId(), p.activity().key())).id();
                Map<Long, Attendance> now = current.getOrDefault(id, Map.of());
                boolean changed = false;
                for (Map.Entry<Long, ActivityFile.Participant> e : p.participants().entrySet()) {
                    ActivityFile.Participant row = e.getValue();
                    Attendance wanted = new Attendance(row.status(), row.completed(), row.completedOn());
                    if (wanted.equals(now.get(e.getKey()))) {
                        continue;
                    }
                    changed = true;
                    written++;
                    st.setLong(1, id);
                    st.setLong(2, e.getKey());
                    st.setString(3, wanted.status());
                    st.setBoolean(4, wanted.completed());
                    if (wanted.completedOn() == null) {
                        st.setNull(5, Types.DATE);
                    } else {
                        st.setObject(5, wanted.completedOn());
                    }
                    st.addBatch();
                }
                if (changed && untouched.contains(p)) {
                    touchedOnly++;
                }
            }
            st.executeBatch();
        }
        return new int[] {touchedOnly, written};
    }

    private static Map<String, Stored> existing(Connection c, Collection<Planned> planned) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(EXISTING)) {
            st.setArray(1, c.createArrayOf("text", planned.stream().map(p -> p.activity().key()).distinct().toArray()));
            st.setArray(2, c.createArrayOf("bigint", planned.stream().map(Planned::unitId).distinct().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String unitKey = key(rs.getLong(2), rs.getString(3));
                    stored.put(unitKey, new Stored(rs.getLong(1), new ActivityFile.Activity(rs.getString(3), null,
                            rs.getString(4), topics(rs.getArray(5)), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getString(9))));
                }
            }
        }
        return stored;
    }

    private static Map<Long, Map<Long, Attendance>> attendance(Connection c, List<Long> activityIds) throws SQLException {
        Map<Long, Map<Long, Attendance>> attendance = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(PARTICIPANTS)) {
            st.setArray(1, c.createArrayOf("bigint", activityIds.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    attendance.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            new Attendance(rs.getString(3), rs.getBoolean(4), rs.getObject(5, LocalDate.class)));
                }
            }
        }
        return attendance;
    }

    static List<String> topics(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String key(long unitId, String ref) {
        return unitId + "\u0000" + Objects.requireNonNull(ref);
    }
}
