package vn.hocluat.training;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Fold;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the activity list: one union of the activities recorded by units of a subtree, the course
 * cohorts run by those units, and for each self-paced course one ONLINE line per calendar year
 * (Asia/Ho_Chi_Minh) in which persons of the subtree completed it outside any cohort — the activities
 * ONLINE_ACTIVITY_SHARE counts. The filters and the paging apply to the union. Dates: a recorded
 * activity or a cohort is listed when it overlaps the range; a self-paced line when one of its
 * completions falls in the range (that is when the metric counts it). ActivityService checks the scope first.
 */
@Singleton
class ActivityListing {
    /** Fold.fold in SQL: decomposed, combining marks (U+0300–U+036F) dropped, đ → d, lower case, spaces collapsed. */
    private static final String FOLD_COHORT_TITLE = """
            btrim(regexp_replace(lower(translate(regexp_replace(normalize(c.title, NFD), '[' || chr(768) || '-' || chr(879) || ']', '', 'g'),
                                                 'đĐ', 'dd')), '\\s+', ' ', 'g'))""";
    private static final String OVERLAPS = "(cast(? as date) is null or %1$s >= ?) and (cast(? as date) is null or %2$s <= ?)";
    private static final String ROWS = """
            with rows as (
              select 'RECORDED' as origin, a.id, 0 as year, a.title, a.search_text, a.topics, u.name as unit_name, a.mode,
                     a.starts_on, a.ends_on,
                     (select count(*) from activity_participant p where p.activity_id = a.id and p.status = 'PRESENT') as present,
                     (select count(*) from activity_participant p where p.activity_id = a.id and p.completed) as completed,
                     %1$s as in_range
              from training_activity a join unit u on u.id = a.unit_id
              where u.path like ? || '%%'
              union all
              select 'COHORT', c.id, 0, co.title || ' – ' || c.title, co.search_text || ' ' || %3$s, co.topics, u.name, 'ONLINE',
                     c.starts_on, c.ends_on,
                     (select count(*) from cohort_member m where m.cohort_id = c.id),
                     (select count(*) from course_completion cc where cc.cohort_id = c.id),
                     %2$s
              from cohort c join course co on co.id = c.course_id join unit u on u.id = c.unit_id
              where u.path like ? || '%%'
              union all
              select 'SELF_PACED', sp.course_id, sp.year, co.title, co.search_text, co.topics, null, 'ONLINE',
                     sp.first_on, sp.last_on, sp.persons, sp.persons, sp.in_range
              from (select cc.course_id, extract(year from d.day)::int as year, min(d.day) as first_on, max(d.day) as last_on,
                           count(distinct cc.person_id) as persons, bool_or(%4$s) as in_range
                    from course_completion cc join person p on p.id = cc.person_id join unit u on u.id = p.unit_id
                         cross join lateral (select (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date as day) d
                    where cc.cohort_id is null and u.path like ? || '%%'
                    group by cc.course_id, extract(year from d.day)) sp
                   join course co on co.id = sp.course_id
            )
            select %5$s from rows r
            where r.in_range
              and (cast(? as varchar) is null or r.mode = ?)
              and (cast(? as varchar) is null or r.topics @> array[cast(? as text)])
              and (cast(? as varchar) is null or r.search_text like ?)""";

    private final JdbcOperations jdbc;

    ActivityListing(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long count(String pathPrefix, ActivityFilter f) {
        return jdbc.prepareStatement(sql("count(*)"), st -> {
            bind(st, pathPrefix, f);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A page of the list, latest first; links are left for the caller to set. */
    List<ActivityRow> list(String pathPrefix, ActivityFilter f, int limit, long offset) {
        String select = "r.origin, r.id, r.year, r.title, r.topics, r.unit_name, r.mode, r.starts_on, r.ends_on, r.present, r.completed";
        return jdbc.prepareStatement(sql(select) + " order by r.starts_on desc, r.origin, r.id desc, r.year desc limit ? offset ?", st -> {
            int i = bind(st, pathPrefix, f);
            st.setInt(i++, limit);
            st.setLong(i, offset);
            List<ActivityRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ActivityRow(ActivityOrigin.valueOf(rs.getString(1)), rs.getLong(2), rs.getInt(3), rs.getString(4),
                            ActivityQueries.topics(rs.getArray(5)), rs.getString(6), ActivityMode.valueOf(rs.getString(7)),
                            rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getLong(10), rs.getLong(11), null));
                }
            }
            return out;
        });
    }

    private static String sql(String select) {
        return ROWS.formatted(OVERLAPS.formatted("a.ends_on", "a.starts_on"), OVERLAPS.formatted("c.ends_on", "c.starts_on"),
                FOLD_COHORT_TITLE, OVERLAPS.formatted("d.day", "d.day"), select);
    }

    private static int bind(PreparedStatement st, String pathPrefix, ActivityFilter f) throws SQLException {
        int i = 1;
        for (int branch = 0; branch < 3; branch++) {
            i = bindRange(st, i, f);
            st.setString(i++, pathPrefix);
        }
        String mode = f.mode() == null ? null : f.mode().name();
        String q = f.q() == null || f.q().isBlank() ? null : Fold.containsPattern(f.q());
        for (String value : new String[]{mode, f.topic(), q}) {
            st.setString(i++, value);
            st.setString(i++, value);
        }
        return i;
    }

    private static int bindRange(PreparedStatement st, int start, ActivityFilter f) throws SQLException {
        int i = start;
        for (LocalDate day : new LocalDate[]{f.from(), f.to()}) {
            st.setObject(i++, day, Types.DATE);
            st.setObject(i++, day, Types.DATE);
        }
        return i;
    }
}
