package vn.hocluat.learning.assign;

import vn.hocluat.platform.web.Paged;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The completions a manager sees: stored course_completion rows of roster persons in the caller's
 * subtree (the person recorded on the completion, else the person of its account), newest first.
 */
@Singleton
@ReadOnly
public class CompletionService {
    private static final String FROM = " " + """
            from course_completion cc
            join person p on p.id = coalesce(cc.person_id, (select x.id from person x where x.account_id = cc.account_id))
            join unit u on u.id = p.unit_id join course c on c.id = cc.course_id
            left join cohort co on co.id = cc.cohort_id""";

    private final JdbcOperations jdbc;
    private final UnitScope scope;

    CompletionService(JdbcOperations jdbc, UnitScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    public Paged<CompletionRow> page(CurrentUser user, CompletionFilter filter, int page) {
        List<Object> params = new ArrayList<>();
        String where = where(user, filter, params);
        long total = jdbc.prepareStatement("select count(*)" + FROM + where, st -> {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        Paged<CompletionRow> shape = new Paged<>(List.of(), total, page, Paged.PAGE_SIZE);
        return new Paged<>(rows(where, params, Paged.PAGE_SIZE, shape.offset()), total, page, Paged.PAGE_SIZE);
    }

    public List<CompletionRow> all(CurrentUser user, CompletionFilter filter) {
        List<Object> params = new ArrayList<>();
        return rows(where(user, filter, params), params, DueService.EXPORT_MAX, 0);
    }

    private List<CompletionRow> rows(String where, List<Object> params, int limit, long offset) {
        return jdbc.prepareStatement("""
                select p.id, p.full_name, p.code, u.name, c.id, c.title, (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date,
                       cc.score, cc.max_score, co.id, co.title""" + FROM + where
                + " order by cc.completed_at desc, cc.id desc limit ? offset ?", st -> {
            int i = 1;
            for (Object p : params) {
                st.setObject(i++, p);
            }
            st.setInt(i, limit);
            st.setLong(i + 1, offset);
            List<CompletionRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new CompletionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getObject(7, LocalDate.class), rs.getBigDecimal(8), rs.getBigDecimal(9),
                            (Long) rs.getObject(10), rs.getString(11)));
                }
            }
            return out;
        });
    }

    private String where(CurrentUser user, CompletionFilter f, List<Object> params) {
        AssignmentService.requireAuthor(user);
        StringBuilder sql = new StringBuilder(" where u.path like ? || '%'");
        params.add(scope.pathPrefix(user));
        if (f.unitId() != null) {
            scope.require(user, f.unitId());
            sql.append(" and u.path like ? || '%'");
            params.add(scope.pathOf(f.unitId()));
        }
        if (f.courseId() != null) {
            sql.append(" and cc.course_id = ?");
            params.add(f.courseId());
        }
        if (f.from() != null) {
            sql.append(" and (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" and (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date <= ?");
            params.add(f.to());
        }
        return sql.toString();
    }
}
