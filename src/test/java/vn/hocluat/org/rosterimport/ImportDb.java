package vn.hocluat.org.rosterimport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads stored rows in tests, each row as its columns joined with "|" (null as "∅"). */
final class ImportDb {
    private final DataSource dataSource;

    ImportDb(ApplicationContext context) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }

    List<String> rows(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        cells.add(v == null ? "∅" : v.toString());
                    }
                    out.add(String.join("|", cells));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored person with this code and their groups, for exact comparisons. */
    String person(String code) {
        List<String> p = rows("""
                select p.full_name, p.search_name, p.birth_date, p.gender, p.ethnicity, p.phone, p.email, u.code,
                       p.position, p.active_from, p.active_to
                from person p join unit u on u.id = p.unit_id where p.code = ?""", code);
        List<String> g = rows("""
                select g.group_code, g.trainer_level, g.recognized_on from person_group g
                join person p on p.id = g.person_id where p.code = ? order by g.group_code""", code);
        return (p.isEmpty() ? "none" : p.get(0)) + " " + g;
    }

    long count(String sql, Object... args) {
        return Long.parseLong(rows(sql, args).get(0));
    }
}
