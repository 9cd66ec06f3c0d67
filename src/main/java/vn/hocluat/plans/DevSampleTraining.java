package vn.hocluat.plans;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.text.Fold;

import java.time.LocalDate;
import java.util.List;

/**
 * In the dev environment only, once the sample plans are in: the 2025–2026 training activities of Tỉnh Vĩnh
 * Long (organised by its Department of Justice) and Phường Gò Dầu on the topic of their plans, with the
 * sample roster's officials, armed-forces staff and propagandists as participants (README "Sample data").
 * On 23/11/2026 ONLINE_ACTIVITY_SHARE is 2/3 for Vĩnh Long and 3/4 for Gò Dầu. Recorded once (an
 * activity's title marks it), by SQL inside the roster loader's transaction.
 */
@Singleton
@Requires(env = "dev")
class DevSampleTraining {
    static final String TOPIC = "chuyen-doi-so-pbgdpl";
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleTraining.class);

    /** An activity of a unit: completed = present and completed, absent = invited, not there. */
    record Activity(String unit, String mode, String title, LocalDate day, String place, List<String> completed,
                    List<String> absent) {
    }

    static final List<Activity> ACTIVITIES = List.of(
            new Activity("VL-STP", "IN_PERSON", "Hội nghị tập huấn nghiệp vụ PBGDPL và chuyển đổi số năm 2025",
                    LocalDate.of(2025, 11, 12), "Hội trường Sở Tư pháp tỉnh Vĩnh Long",
                    List.of("MAU0047", "MAU0057"), List.of("MAU0067")),
            new Activity("VL-STP", "ONLINE", "Lớp tập huấn trực tuyến: ứng dụng số trong PBGDPL cho cán bộ cấp xã",
                    LocalDate.of(2026, 4, 15), "https://meet.jit.si/VinhLong-PBGDPL-2026-04",
                    List.of("MAU0048", "MAU0058", "MAU0068", "MAU0077"), List.of()),
            new Activity("VL-STP", "ONLINE", "Lớp tập huấn trực tuyến: truyền thông pháp luật trên mạng xã hội",
                    LocalDate.of(2026, 9, 22), "https://meet.jit.si/VinhLong-PBGDPL-2026-09",
                    List.of("MAU0049", "MAU0059", "MAU0078"), List.of("MAU0079")),
            new Activity("TN-GODAU", "IN_PERSON", "Hội nghị tập huấn công tác PBGDPL năm 2025 của phường Gò Dầu",
                    LocalDate.of(2025, 9, 18), "Hội trường UBND phường Gò Dầu",
                    List.of("MAU0035", "MAU0036", "MAU0037"), List.of("MAU0038")),
            new Activity("TN-GODAU", "ONLINE", "Lớp tập huấn trực tuyến: chuyển đổi số trong công tác PBGDPL",
                    LocalDate.of(2026, 3, 10), "https://meet.jit.si/GoDau-PBGDPL-2026-03",
                    List.of("MAU0035", "MAU0038"), List.of()),
            new Activity("TN-GODAU", "ONLINE", "Lớp bồi dưỡng trực tuyến kiến thức pháp luật cho lực lượng vũ trang phường",
                    LocalDate.of(2026, 6, 16), "https://meet.jit.si/GoDau-LLVT-2026-06",
                    List.of("MAU0037"), List.of()),
            new Activity("TN-GODAU", "ONLINE", "Lớp tập huấn trực tuyến: khai thác Cổng Thông tin điện tử PBGDPL quốc gia",
                    LocalDate.of(2026, 10, 20), "https://meet.jit.si/GoDau-PBGDPL-2026-10",
                    List.of("MAU0036"), List.of()));

    private final DevSql sql;

    DevSampleTraining(JdbcOperations jdbc) {
        this.sql = new DevSql(jdbc);
    }

    @EventListener
    void onPlansLoaded(DevPlansLoaded event) {
        if (load()) {
            LOG.info("Sample training of VL and TN-GODAU recorded: {} activities", ACTIVITIES.size());
        }
    }

    /** Records the sample unless it is there; false when it is, or when one of its units is missing. */
    boolean load() {
        Activity first = ACTIVITIES.get(0);
        if (sql.number("select count(*) from training_activity where title = ?", first.title()) > 0
                || sql.number("select count(*) from unit where code in ('VL-STP', 'TN-GODAU')") != 2) {
            return false;
        }
        for (Activity a : ACTIVITIES) {
            boolean online = "ONLINE".equals(a.mode());
            String search = Fold.fold(String.join(" ", a.title(), TOPIC, online ? "" : a.place()));
            long id = sql.number("""
                    insert into training_activity (unit_id, title, search_text, topics, mode, starts_on, ends_on, location, link)
                    select id, ?, ?, array[?]::text[], ?, ?, ?, ?, ? from unit where code = ? returning id""",
                    a.title(), search, TOPIC, a.mode(), a.day(), a.day(), online ? null : a.place(), online ? a.place() : null, a.unit());
            for (String code : a.completed()) {
                attended(id, code, "PRESENT", true);
            }
            for (String code : a.absent()) {
                attended(id, code, "ABSENT", false);
            }
        }
        return true;
    }

    private void attended(long activity, String personCode, String status, boolean completed) {
        sql.update("""
                insert into activity_participant (activity_id, person_id, status, completed)
                select ?, id, ?, ? from person where code = ?""", activity, status, completed, personCode);
    }
}
