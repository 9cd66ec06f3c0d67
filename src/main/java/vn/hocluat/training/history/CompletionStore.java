package vn.hocluat.training.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes checked external completions in the caller's transaction: matched on their unique key
 * (person, source, course title, day); a stored one with the same course, topics and mode is
 * unchanged, the others are upserted in one batch.
 */
final class CompletionStore {
    private static final String COURSES = "select slug, id, topics from course where slug = any(?)";
    private static final String EXISTING = """
            select person_id, source, course_title, completed_on, course_id, topics, mode
            from external_completion where person_id = any(?)""";
    private static final String UPSERT = """
            insert into external_completion (person_id, course_title, course_id, topics, mode, completed_on, source, imported_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (person_id, source, course_title, completed_on) do update set course_id = excluded.course_id,
                topics = excluded.topics, mode = excluded.mode, imported_by = excluded.imported_by, imported_at = now()""";

    /** A course of this platform named by slug. */
    record Course(long id, List<String> topics) {
    }

    /** A completion ready to write, with its person and (optional) course resolved and its topics decided. */
    record Planned(long personId, String courseTitle, Long courseId, List<String> topics, String mode, LocalDate completedOn,
                   String source) {
        String key() {
            return personId + "\u0000" + source + "\u0000" + courseTitle + "\u0000" + completedOn;
        }
    }

    /** Counts of completions created, updated and unchanged. */
    record Counts(int created, int updated, int unchanged) {
    }

    private CompletionStore() {
    }

    static Map<String, Course> courses(Connection c, Collection<String> slugs) throws SQLException {
        Map<String, Course> courses = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(COURSES)) {
            st.setArray(1, c.createArrayOf("text", slugs.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    courses.put(rs.getString(1), new Course(rs.getLong(2), ActivityStore.topics(rs.getArray(3))));
                }
            }
        }
        return courses;
    }

    static Counts write(Connection c, List<Planned> planned, long accountId) throws SQLException {
        Map<String, Planned> stored = existing(c, planned);
        List<Planned> writes = new ArrayList<>();
        int created = 0;
        for (Planned p : planned) {
            Planned s = stored.get(p.key());
            if (s == null) {
                created++;
                writes.add(p);
            } else if (!Objects.equals(s, p)) {
                writes.add(p);
            }
        }
        try (PreparedStatement st = c.prepareStatement(UPSERT)) {
            for (Planned p : writes) {
                st.setLong(1, p.personId());
                st.setString(2, p.courseTitle());
                if (p.courseId() == null) {
                    st.setNull(3, Types.BIGINT);
                } else {
                    st.setLong(3, p.courseId());
                }
                st.setArray(4, c.createArrayOf("text", p.topics().toArray()));
                st.setString(5, p.mode());
                st.setObject(6, p.completedOn());
                st.setString(7, p.source());
                st.setLong(8, accountId);
                st.addBatch();
            }
            st.executeBatch();
        }
        return new Counts(created, writes.size() - created, planned.size() - writes.size());
    }

    private static Map<String, Planned> existing(Connection c, List<Planned> planned) throws SQLException {
        Map<String, Planned> stored = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(EXISTING)) {
            st.setArray(1, c.createArrayOf("bigint", planned.stream().map(Planned::personId).distinct().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Planned p = new Planned(rs.getLong(1), rs.getString(3), rs.getObject(5, Long.class),
                            ActivityStore.topics(rs.getArray(6)), rs.getString(7), rs.getObject(4, LocalDate.class),
                            rs.getString(2));
                    stored.put(p.key(), p);
                }
            }
        }
        return stored;
    }
}
