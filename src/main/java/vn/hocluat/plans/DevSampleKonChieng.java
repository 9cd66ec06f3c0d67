package vn.hocluat.plans;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.text.Fold;

import java.time.LocalDate;

/**
 * In the dev environment only, once the sample plans are in: the 2025–2026 training of Xã Kon Chiêng
 * that its plan's dashboard measures (README "Sample data of Kon Chiêng"). Officials, reporters and
 * propagandists: MAU0023 (trained at the 2025 conference and an online class), MAU0024 (absent from
 * the conference, trained at the first online class), MAU0026 (absent, no account: he checks in by phone
 * and birth date at a new session in the browser journey). Activities on the topic chuyen-doi-so-pbgdpl:
 * the conference (IN_PERSON), two ONLINE live classes and a cohort of the course chuyen-doi-so-pbgdpl —
 * on 23/11/2026 TRAINED_SHARE phase 1 is 2/3 and ONLINE_ACTIVITY_SHARE phase 1 is 3/4. Also the reported
 * figures of the two targets no metric measures yet. Recorded once (the conference is the marker), by
 * SQL inside the roster loader's transaction.
 */
@Singleton
@Requires(env = "dev")
class DevSampleKonChieng {
    static final String UNIT = "GL-KONCHIENG";
    static final String DOC = "(không ghi số)";
    static final String COURSE = "chuyen-doi-so-pbgdpl";
    static final String TOPIC = "chuyen-doi-so-pbgdpl";
    static final String CONFERENCE = "Hội nghị tập huấn chuyển đổi số trong công tác PBGDPL năm 2025";
    static final String LIVE_1 = "Lớp tập huấn trực tuyến: kỹ năng sản xuất nội dung số về pháp luật";
    static final String LIVE_2 = "Lớp tập huấn trực tuyến: khai thác Cổng Thông tin điện tử PBGDPL quốc gia";
    static final String COHORT = "Đợt học trực tuyến năm 2026 của xã Kon Chiêng";
    private static final String HALL = "Hội trường UBND xã Kon Chiêng";
    private static final String TRAINERS = "Báo cáo viên pháp luật Sở Tư pháp tỉnh Gia Lai";
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleKonChieng.class);

    private final DevSql sql;

    DevSampleKonChieng(JdbcOperations jdbc) {
        this.sql = new DevSql(jdbc);
    }

    @EventListener
    void onPlansLoaded(DevPlansLoaded event) {
        if (load()) {
            LOG.info("Sample training of {} recorded: 3 activities, 1 cohort, 2 reported figures", UNIT);
        }
    }

    /** Records the sample unless it is there; false when it is, or when the unit, roster, course or plan is missing. */
    boolean load() {
        if (sql.number("select count(*) from training_activity a join unit u on u.id = a.unit_id where u.code = ? and a.title = ?",
                UNIT, CONFERENCE) > 0) {
            return false;
        }
        long ready = sql.number("select count(*) from person p join unit u on u.id = p.unit_id where u.code = ? and p.code in ('MAU0023', 'MAU0024', 'MAU0026')", UNIT)
                + sql.number("select count(*) from course where slug = ?", COURSE)
                + sql.number("select count(*) from plan p join unit u on u.id = p.unit_id where u.code = ? and p.doc_number = ?", UNIT, DOC);
        if (ready != 5) {
            LOG.warn("Sample training of {} not recorded: its roster, the course {} or its plan is missing", UNIT, COURSE);
            return false;
        }
        long conference = activity("IN_PERSON", CONFERENCE, LocalDate.of(2025, 10, 16), HALL, null);
        attended(conference, "MAU0023", "PRESENT", true);
        attended(conference, "MAU0024", "ABSENT", false);
        long live1 = activity("ONLINE", LIVE_1, LocalDate.of(2026, 3, 18), null, "https://meet.jit.si/KonChieng-PBGDPL-2026-03");
        attended(live1, "MAU0024", "PRESENT", true);
        long live2 = activity("ONLINE", LIVE_2, LocalDate.of(2026, 8, 12), null, "https://meet.jit.si/KonChieng-PBGDPL-2026-08");
        attended(live2, "MAU0023", "PRESENT", true);
        attended(live2, "MAU0026", "ABSENT", false);
        long cohort = sql.number("""
                insert into cohort (course_id, unit_id, title, starts_on, ends_on)
                select c.id, u.id, ?, date '2026-09-01', date '2026-12-31' from course c, unit u where c.slug = ? and u.code = ?
                returning id""", COHORT, COURSE, UNIT);
        sql.update("""
                insert into cohort_member (cohort_id, person_id)
                select ?, p.id from person p where p.code in ('MAU0023', 'MAU0024', 'MAU0026')""", cohort);
        report("CITIZEN_REACH_SHARE", 60, "62", 8618, 13900,
                "Báo cáo số 215/BC-UBND ngày 05/10/2026 của UBND xã Kon Chiêng (dữ liệu mẫu): 8.618/13.900 người dân được tiếp cận "
                        + "thông tin pháp luật qua trang thông tin điện tử và hệ thống loa truyền thanh");
        report("SATISFACTION_SHARE", 90, "91", 182, 200,
                "Khảo sát mức độ hài lòng của người dân, doanh nghiệp quý III/2026 của UBND xã Kon Chiêng (dữ liệu mẫu): "
                        + "182/200 phiếu hài lòng");
        return true;
    }

    private long activity(String mode, String title, LocalDate day, String location, String link) {
        String search = Fold.fold(String.join(" ", title, TOPIC, location == null ? "" : location, TRAINERS));
        return sql.number("""
                insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on, location, link, trainers)
                select id, ?, ?, array[?]::text[], ?, ?, ?, ?, ?, ? from unit where code = ? returning id""",
                title, search, TOPIC, mode, day, day, location, link, TRAINERS, UNIT);
    }

    private void attended(long activity, String personCode, String status, boolean completed) {
        sql.update("""
                insert into activity_participant (activity_id, person_id, status, completed)
                select ?, id, ?, ? from person where code = ?""", activity, status, completed, personCode);
    }

    /** The reported figure of the plan's target with that metric and threshold, as of 30/09/2026. */
    private void report(String metric, int threshold, String value, long numerator, long denominator, String source) {
        sql.update("""
                insert into target_report (target_id, unit_id, as_of, value, numerator, denominator, source_note)
                select t.id, u.id, date '2026-09-30', ?::numeric, ?, ?, ?
                from plan_target t join plan p on p.id = t.plan_id join unit u on u.id = p.unit_id
                where u.code = ? and p.doc_number = ? and t.metric = ? and t.threshold = ?""",
                value, numerator, denominator, source, UNIT, DOC, metric, threshold);
    }
}
