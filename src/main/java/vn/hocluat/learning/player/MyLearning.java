package vn.hocluat.learning.player;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.learning.CourseAccess;
import vn.hocluat.learning.CourseOutline;
import vn.hocluat.learning.Learners;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Dates;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "My learning": the caller's courses in progress (with progress and, when assigned, the due
 * date), the assigned courses not started yet (due date from assignment_due; the earliest when
 * assigned twice), and the completed ones. Only courses the caller may view are listed.
 */
@Singleton
@ReadOnly
class MyLearning {
    private final JdbcOperations jdbc;
    private final UnitScope scope;
    private final Learners learners;

    MyLearning(JdbcOperations jdbc, UnitScope scope, Learners learners) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.learners = learners;
    }

    record Row(String slug, String title, int percent, @Nullable LocalDate dueOn, boolean overdue) {
    }

    record Done(long completionId, String slug, String title, LocalDate completedOn) {
        public String certificateUrl() {
            return PlayerUrls.certificate(completionId);
        }
    }

    record View(List<Row> inProgress, List<Row> assigned, List<Done> completed) {
    }

    View of(CurrentUser user) {
        long person = learners.personOf(user.accountId()).orElse(-1L);
        String path = scope.pathPrefix(user);
        LocalDate today = Dates.today();
        String viewable = CourseAccess.viewableCondition(false);
        String due = "(select min(d.due_on) from assignment_due d where d.course_id = c.id and d.person_id = ?)";
        List<Row> inProgress = rows("""
                select c.slug, c.title,
                """ + CourseOutline.PROGRESS_COLUMNS + ", " + due + """
                from enrollment e join course c on c.id = e.course_id join unit u on u.id = c.unit_id
                where e.account_id = ? and """ + " " + viewable + """
                  and not exists (select 1 from course_completion cc where cc.course_id = c.id and cc.account_id = e.account_id)
                order by coalesce(e.last_seen_at, e.enrolled_at) desc""", today, person, user.accountId(), path);
        List<Row> assigned = rows("""
                select c.slug, c.title, 0, 0, """ + due + """
                from course c join unit u on u.id = c.unit_id
                where c.id in (select d.course_id from assignment_due d where d.person_id = ?) and """ + " " + viewable + """
                  and not exists (select 1 from enrollment e where e.course_id = c.id and e.account_id = ?)
                  and not exists (select 1 from course_completion cc where cc.course_id = c.id and cc.account_id = ?)
                order by 5, c.title""", today, person, person, path, user.accountId(), user.accountId());
        List<Done> completed = jdbc.prepareStatement("""
                select cc.id, c.slug, c.title, (cc.completed_at at time zone 'Asia/Ho_Chi_Minh')::date
                from course_completion cc join course c on c.id = cc.course_id
                where cc.account_id = ? order by cc.completed_at desc""", st -> {
            st.setLong(1, user.accountId());
            List<Done> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Done(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
                }
            }
            return out;
        });
        return new View(inProgress, assigned, completed);
    }

    private List<Row> rows(String sql, LocalDate today, Object... args) {
        return jdbc.prepareStatement(sql, st -> {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<Row> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate dueOn = rs.getObject(5, LocalDate.class);
                    out.add(new Row(rs.getString(1), rs.getString(2), CourseOutline.percent(rs.getLong(4), rs.getLong(3)),
                            dueOn, dueOn != null && dueOn.isBefore(today)));
                }
            }
            return out;
        });
    }
}
