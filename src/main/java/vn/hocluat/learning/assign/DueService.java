package vn.hocluat.learning.assign;

import vn.hocluat.platform.web.Paged;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The managers' due lists: persons of the caller's subtree whom assignment_due covers for a course
 * their account has not completed (no course_completion), one row per person and course with the
 * earliest due date, soonest first.
 */
@Singleton
@ReadOnly
public class DueService {
    static final int EXPORT_MAX = 100_000;

    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final AssignmentService assignments;

    DueService(JdbcOperations jdbc, UnitScope scope, AssignmentService assignments) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.assignments = assignments;
    }

    public Paged<DueRow> page(CurrentUser user, DueFilter filter, int page) {
        Query q = query(user, filter);
        long total = jdbc.prepareStatement("with due as (" + q.due + ") select count(*) from due" + q.state, st -> {
            q.bind(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        Paged<DueRow> shape = new Paged<>(List.of(), total, page, Paged.PAGE_SIZE);
        return new Paged<>(rows(q, Paged.PAGE_SIZE, shape.offset()), total, page, Paged.PAGE_SIZE);
    }

    /** Every row of the filter (up to {@value #EXPORT_MAX}), for the XLSX export. */
    public List<DueRow> all(CurrentUser user, DueFilter filter) {
        return rows(query(user, filter), EXPORT_MAX, 0);
    }

    private List<DueRow> rows(Query q, int limit, long offset) {
        return jdbc.prepareStatement("with due as (" + q.due + """
                ) select p.id, p.full_name, p.code, u.name, c.id, c.title, due.due_on, p.account_id is not null
                from due join person p on p.id = due.person_id join unit u on u.id = p.unit_id join course c on c.id = due.course_id
                """ + q.state + " order by due.due_on, p.search_name, p.id, c.title, c.id limit ? offset ?", st -> {
            int i = q.bind(st, 1);
            st.setInt(i, limit);
            st.setLong(i + 1, offset);
            List<DueRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = rs.getObject(7, LocalDate.class);
                    out.add(new DueRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), due, ChronoUnit.DAYS.between(q.today, due), rs.getBoolean(8)));
                }
            }
            return out;
        });
    }

    private Query query(CurrentUser user, DueFilter f) {
        AssignmentService.requireAuthor(user);
        List<Object> params = new ArrayList<>();
        StringBuilder due = new StringBuilder("""
                select d.person_id, d.course_id, min(d.due_on) as due_on
                from assignment_due d join person p on p.id = d.person_id join unit u on u.id = p.unit_id
                where u.path like ? || '%'
                  and not exists (select 1 from course_completion cc where cc.course_id = d.course_id and cc.account_id = d.account_id)""");
        params.add(scope.pathPrefix(user));
        if (f.unitId() != null) {
            scope.require(user, f.unitId());
            due.append(" and u.path like ? || '%'");
            params.add(scope.pathOf(f.unitId()));
        }
        if (f.courseId() != null) {
            due.append(" and d.course_id = ?");
            params.add(f.courseId());
        }
        due.append(" group by d.person_id, d.course_id");
        LocalDate today = assignments.today();
        String state = switch (f.state()) {
            case ALL -> "";
            case OVERDUE -> " where due.due_on < ?";
            case SOON -> " where due.due_on between ? and ?";
        };
        if (f.state() != DueFilter.State.ALL) {
            params.add(today);
        }
        if (f.state() == DueFilter.State.SOON) {
            params.add(today.plusDays(f.days()));
        }
        return new Query(due.toString(), state, params, today);
    }

    /** The common table expression "due", the state condition on it, their parameters in order, and today. */
    private record Query(String due, String state, List<Object> params, LocalDate today) {
        int bind(PreparedStatement st, int from) throws SQLException {
            int i = from;
            for (Object p : params) {
                st.setObject(i++, p);
            }
            return i;
        }
    }
}
