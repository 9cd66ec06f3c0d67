package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalDate;

/**
 * MATERIAL_ACCESS_SHARE: roster persons who first opened ≥1 lesson of the target's designated courses
 * in the window ÷ roster. An enrolment is the person's by its person_id or by the person's account;
 * a target with no designated course counts an opening of any course.
 */
@Singleton
class MaterialAccessShare extends RosterShare {
    MaterialAccessShare(JdbcOperations jdbc, KpiCounts counts) {
        super(jdbc, counts);
    }

    @Override
    public String code() {
        return "MATERIAL_ACCESS_SHARE";
    }

    @Override
    void counted(Query q, TargetSpec t, LocalDate day) {
        opened(q, t, day, "e.person_id = r.id");
        q.add("or");
        opened(q, t, day, "e.account_id = r.account_id");
    }

    private static void opened(Query q, TargetSpec t, LocalDate day, String owner) {
        q.add("exists (select 1 from enrollment e join lesson_progress lp on lp.enrollment_id = e.id where " + owner
                + " and lp.first_opened_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')"
                + " and lp.first_opened_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')",
                t.windowStart(day), day);
        if (t.courseIds().length > 0) {
            q.add("and e.course_id = any(?::bigint[])", (Object) t.courseIds());
        }
        q.add(")");
    }
}
