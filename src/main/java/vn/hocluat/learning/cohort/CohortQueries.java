package vn.hocluat.learning.cohort;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SQL of cohorts and their members; CohortService has checked the scope before any of it runs. */
@Singleton
class CohortQueries {
    private final JdbcOperations jdbc;

    CohortQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long count(String pathPrefix) {
        return jdbc.prepareStatement("select count(*) from cohort co join unit u on u.id = co.unit_id where u.path like ? || '%'", st -> {
            st.setString(1, pathPrefix);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    List<CohortRow> list(String pathPrefix, int limit, long offset) {
        return jdbc.prepareStatement("""
                select co.id, co.title, c.id, c.title, u.id, u.name, co.starts_on, co.ends_on,
                       (select count(*) from cohort_member m where m.cohort_id = co.id),
                       (select count(*) from course_completion cc where cc.cohort_id = co.id)
                from cohort co join unit u on u.id = co.unit_id join course c on c.id = co.course_id
                where u.path like ? || '%'
                order by co.starts_on desc, co.id desc limit ? offset ?""", st -> {
            st.setString(1, pathPrefix);
            st.setInt(2, limit);
            st.setLong(3, offset);
            List<CohortRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new CohortRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                            rs.getLong(9), rs.getLong(10)));
                }
            }
            return out;
        });
    }

    long insert(CohortInput in, long createdBy, Instant at) {
        return jdbc.prepareStatement("""
                insert into cohort (course_id, unit_id, title, starts_on, ends_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", st -> {
            st.setLong(1, in.courseId());
            st.setLong(2, in.unitId());
            st.setString(3, in.title());
            st.setObject(4, in.startsOn());
            st.setObject(5, in.endsOn());
            st.setLong(6, createdBy);
            st.setTimestamp(7, Timestamp.from(at));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Optional<CohortView> find(long id) {
        return jdbc.prepareStatement("""
                select co.id, co.title, c.id, c.title, c.slug, u.id, u.name, co.starts_on, co.ends_on
                from cohort co join unit u on u.id = co.unit_id join course c on c.id = co.course_id where co.id = ?""", st -> {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new CohortView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class))) : Optional.empty();
            }
        });
    }

    List<MemberRow> members(CohortView cohort) {
        return jdbc.prepareStatement("""
                select p.id, p.full_name, p.code, u.name, p.account_id is not null,
                       (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date, cc.score, cc.max_score, coalesce(pr.done, 0), req.n
                from cohort_member m join person p on p.id = m.person_id join unit u on u.id = p.unit_id
                cross join (select count(*) as n from lesson l where l.course_id = ? and l.required and not l.retired) req
                left join course_completion cc on cc.cohort_id = m.cohort_id and cc.course_id = ?
                                               and (cc.person_id = p.id or cc.account_id = p.account_id)
                left join enrollment e on e.course_id = ? and e.account_id = p.account_id
                left join lateral (select count(*) as done from lesson_progress lp join lesson l on l.id = lp.lesson_id
                                   where lp.enrollment_id = e.id and lp.done_at is not null and l.required and not l.retired) pr on true
                where m.cohort_id = ?
                order by p.search_name, p.full_name, p.id""", st -> {
            st.setLong(1, cohort.courseId());
            st.setLong(2, cohort.courseId());
            st.setLong(3, cohort.courseId());
            st.setLong(4, cohort.id());
            List<MemberRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate completed = rs.getObject(6, LocalDate.class);
                    long done = rs.getLong(9);
                    long required = rs.getLong(10);
                    int percent = completed != null ? 100 : required == 0 ? 0 : (int) Math.min(100, done * 100 / required);
                    out.add(new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                            completed, rs.getBigDecimal(7), rs.getBigDecimal(8), percent));
                }
            }
            return out;
        });
    }

    /** Of the given persons, those whose unit lies in the subtree of the path. */
    List<Long> inSubtree(Collection<Long> personIds, String pathPrefix) {
        return ids("""
                select p.id from person p join unit u on u.id = p.unit_id where p.id = any (?) and u.path like ? || '%'""", st -> {
            st.setArray(1, bigints(st, personIds));
            st.setString(2, pathPrefix);
        });
    }

    /** Persons of the subtree in the audience group, active on the day. */
    List<Long> groupMembers(String pathPrefix, String groupCode, LocalDate day) {
        return ids("""
                select p.id from person p join unit u on u.id = p.unit_id
                join person_group g on g.person_id = p.id and g.group_code = ?
                where u.path like ? || '%' and p.active_from <= ? and (p.active_to is null or p.active_to >= ?)""", st -> {
            st.setString(1, groupCode);
            st.setString(2, pathPrefix);
            st.setObject(3, day);
            st.setObject(4, day);
        });
    }

    void addMembers(long cohortId, Collection<Long> personIds, Instant at) {
        jdbc.prepareStatement("""
                insert into cohort_member (cohort_id, person_id, added_at) select ?, x, ? from unnest(?) as x
                on conflict do nothing""", st -> {
            st.setLong(1, cohortId);
            st.setTimestamp(2, Timestamp.from(at));
            st.setArray(3, bigints(st, personIds));
            return st.executeUpdate();
        });
    }

    /** Enrols the persons' accounts in the course (source COHORT) unless already enrolled; returns the accounts newly enrolled. */
    List<Long> enrol(long courseId, Collection<Long> personIds, Instant at) {
        return ids("""
                insert into enrollment (course_id, account_id, person_id, source, enrolled_at)
                select ?, p.account_id, p.id, 'COHORT', ? from person p where p.id = any (?) and p.account_id is not null
                on conflict (course_id, account_id) do nothing returning account_id""", st -> {
            st.setLong(1, courseId);
            st.setTimestamp(2, Timestamp.from(at));
            st.setArray(3, bigints(st, personIds));
        });
    }

    void removeMember(long cohortId, long personId) {
        jdbc.prepareStatement("delete from cohort_member where cohort_id = ? and person_id = ?", st -> {
            st.setLong(1, cohortId);
            st.setLong(2, personId);
            return st.executeUpdate();
        });
    }

    /** Binds the parameters of a statement. */
    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private List<Long> ids(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, st -> {
            binder.bind(st);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    private static Array bigints(PreparedStatement st, Collection<Long> ids) throws SQLException {
        return st.getConnection().createArrayOf("bigint", ids.toArray());
    }
}
