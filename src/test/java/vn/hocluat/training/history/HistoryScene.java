package vn.hocluat.training.history;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.Scene;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A province with communes A and B, their managers, a trainer and a learner of A, and roster
 * persons a1, a2, a3 in A and b1 in B; rows read back as "|"-joined text.
 */
final class HistoryScene {
    final Scene scene;
    final Fixtures fx;
    final DataSource db;
    final String communeA = Fixtures.unique("XA");
    final String communeB = Fixtures.unique("XB");
    final long communeAId;
    final long communeBId;
    final long provinceId;
    final String managerA;
    final String managerB;
    final String trainerA;
    final String learnerA;
    final String a1 = Fixtures.unique("A1P");
    final String a2 = Fixtures.unique("A2P");
    final String a3 = Fixtures.unique("A3P");
    final String b1 = Fixtures.unique("B1P");

    HistoryScene(ApplicationContext context) {
        scene = new Scene(context);
        fx = scene.fixtures;
        db = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        provinceId = scene.province("Tỉnh Lịch Sử");
        communeAId = fx.unit(provinceId, communeA, "Xã A", "COMMUNE");
        communeBId = fx.unit(provinceId, communeB, "Xã B", "COMMUNE");
        managerA = fx.account("MANAGER", communeAId);
        managerB = fx.account("MANAGER", communeBId);
        trainerA = fx.account("TRAINER", communeAId);
        learnerA = fx.account("LEARNER", communeAId);
        person(a1, communeAId);
        person(a2, communeAId);
        person(a3, communeAId);
        person(b1, communeBId);
    }

    long person(String code, long unitId) {
        return fx.queryLong("""
                insert into person (code, full_name, search_name, unit_id, active_from)
                values (?, ?, lower(?), ?, date '2025-01-01') returning id""", code, "Người " + code, code, unitId);
    }

    /** Every row of the query, its columns joined by "|" (arrays as {a,b}, nulls as "null"). */
    List<String> rows(String sql, Object... args) {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        cells.add(v instanceof Array a ? "{" + String.join(",", Arrays.asList((String[]) a.getArray())) + "}"
                                : String.valueOf(v));
                    }
                    rows.add(String.join("|", cells));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
