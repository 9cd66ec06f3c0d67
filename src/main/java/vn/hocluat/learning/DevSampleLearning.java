package vn.hocluat.learning;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.org.rosterimport.DevRosterLoaded;
import vn.hocluat.platform.security.PasswordHasher;

import java.sql.ResultSet;

/**
 * In the dev environment only, once the sample roster and courses are in: three demo accounts to
 * walk through the learning journey — a new mediator of Phường Nam Định (recognised 30 days before
 * the first start), the ward's manager, a national trainer — and the Nam Định plan's rule as an
 * assignment: the grassroots mediation course for the ward's mediators, due 6 months after
 * recognition (seed 004, Kế hoạch hòa giải ở cơ sở tỉnh Nam Định). Created once; the password is
 * random and printed once on the line "Demo accounts password:".
 */
@Singleton
@Requires(env = "dev")
class DevSampleLearning {
    static final String COURSE = "ky-nang-hoa-giai-co-so";
    static final String WARD = "NB-NAMDINH";
    private static final Logger LOG = LoggerFactory.getLogger(DevSampleLearning.class);
    private static final Logger ANNOUNCE = LoggerFactory.getLogger("hocluat.demo-accounts");

    private final JdbcOperations jdbc;
    private final PasswordHasher hasher;

    DevSampleLearning(JdbcOperations jdbc, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    /** Runs inside the roster loader's transaction. */
    @EventListener
    void onRosterLoaded(DevRosterLoaded event) {
        if (count("select count(*) from account where username = 'demo.hoagiai'") > 0) {
            return;
        }
        if (count("select count(*) from course where slug = '" + COURSE + "'") == 0) {
            LOG.warn("Demo accounts not created: the sample course {} is not imported", COURSE);
            return;
        }
        String password = hasher.randomPassword(14);
        String hash = hasher.hash(password);
        update("""
                insert into person (code, full_name, search_name, birth_date, gender, ethnicity, unit_id, position, active_from)
                select 'DEMO-HGV', 'Nguyễn Thị Lan', 'nguyen thi lan', date '1990-04-12', 'FEMALE', 'Kinh', id,
                       'Hòa giải viên', current_date - 30 from unit where code = 'NB-NAMDINH-TDP1'""");
        update("""
                insert into person_group (person_id, group_code, recognized_on)
                select id, 'MEDIATOR', current_date - 30 from person where code = 'DEMO-HGV'""");
        account("demo.hoagiai", hash, "Nguyễn Thị Lan", "LEARNER", "NB-NAMDINH-TDP1");
        account("demo.quanly", hash, "Lý Thu Dung", "MANAGER", WARD);
        account("demo.giangvien", hash, "Giảng viên Bộ Tư pháp", "TRAINER", "VN");
        update("update person set account_id = (select id from account where username = 'demo.hoagiai') where code = 'DEMO-HGV'");
        update("""
                insert into course_assignment (course_id, unit_id, target, group_code, due_months, due_base, note)
                select c.id, u.id, 'GROUP', 'MEDIATOR', 6, 'RECOGNIZED',
                       'Kế hoạch hòa giải ở cơ sở (seed 004): hòa giải viên mới được bồi dưỡng trong 6 tháng kể từ khi được công nhận'
                from course c, unit u where c.slug = '%s' and u.code = '%s'""".formatted(COURSE, WARD));
        LOG.info("Demo accounts demo.hoagiai (mediator), demo.quanly (ward manager), demo.giangvien (trainer) created");
        ANNOUNCE.info("Demo accounts password: {}", password);
    }

    private void account(String username, String hash, String name, String role, String unitCode) {
        jdbc.prepareStatement("""
                insert into account (username, password_hash, display_name, role, unit_id)
                select ?, ?, ?, ?, id from unit where code = ?""", st -> {
            st.setString(1, username);
            st.setString(2, hash);
            st.setString(3, name);
            st.setString(4, role);
            st.setString(5, unitCode);
            return st.executeUpdate();
        });
    }

    private void update(String sql) {
        jdbc.prepareStatement(sql, st -> st.executeUpdate());
    }

    private long count(String sql) {
        return jdbc.prepareStatement(sql, st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
