package vn.hocluat.contest.entrant;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import vn.hocluat.support.Fixtures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Helpers of the entrant tests: fresh phones, a commune to declare, reading a stored row back. */
final class EntrantTesting {
    private static final Pattern CODE = Pattern.compile("class=\"signin-code\">([A-Z0-9]{6})<");

    private EntrantTesting() {
    }

    /** A phone number no other test uses (0 + 9 digits, random in a range no fixture writes). */
    static String freshPhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static long commune(Fixtures fixtures, String name) {
        return fixtures.unit(fixtures.rootId(), Fixtures.unique("XA"), name, "COMMUNE");
    }

    static Map<String, String> registration(String phone, long unitId) {
        Map<String, String> f = new HashMap<>();
        f.put("phone", phone);
        f.put("fullName", "Nguyễn Thị Hoa");
        f.put("birthDate", "05/09/1990");
        f.put("unitId", String.valueOf(unitId));
        f.put("idNumber", "");
        f.put("email", "");
        f.put("consent", "on");
        return f;
    }

    /** The sign-in code shown on the registration page. */
    static String code(String page) {
        Matcher m = CODE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no sign-in code on the page: " + page);
        }
        return m.group(1);
    }

    /** The entrant row of a phone, column → value (null values kept). */
    static Map<String, Object> row(ApplicationContext context, String phone) {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = dataSource.getConnection();
             var st = c.prepareStatement("select * from entrant where phone = ?")) {
            st.setString(1, phone);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks the entrant of this phone as locked (what the first attempt will do). */
    static void lock(ApplicationContext context, String phone) {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        try (Connection c = dataSource.getConnection();
             var st = c.prepareStatement("update entrant set locked_at = now() where phone = ?")) {
            st.setString(1, phone);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
