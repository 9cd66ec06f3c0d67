package vn.hocluat.assessment.bank;

import vn.hocluat.platform.web.Paged;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The SQL of banks. Callers (BankService) have checked the scope and pass the unit path prefix to filter on. */
@Singleton
class BankQueries {
    private static final String SELECT = """
            select b.id, b.unit_id, u.code, u.name, b.name, b.description, b.created_at, b.updated_at,
                   (select count(*) from question q where q.bank_id = b.id),
                   (select count(*) from question q where q.bank_id = b.id and q.active)
            from question_bank b join unit u on u.id = b.unit_id
            """;

    private final Sql sql;

    BankQueries(Sql sql) {
        this.sql = sql;
    }

    Paged<BankView> list(String pathPrefix, int page, int size) {
        long total = sql.count("select count(*) from question_bank b join unit u on u.id = b.unit_id where u.path like ? || '%'",
                List.of(pathPrefix));
        List<BankView> items = sql.list(SELECT + " where u.path like ? || '%' order by u.path, b.name, b.id limit ? offset ?",
                List.of(pathPrefix, size, Paged.offset(page, size)), BankQueries::view);
        return new Paged<>(items, total, page, size);
    }

    Optional<BankView> find(long id) {
        return sql.one(SELECT + " where b.id = ?", List.of(id), BankQueries::view);
    }

    /** The bank's unit, locking the bank row so that its unit cannot change under a write. */
    Optional<Long> unitForUpdate(long id) {
        return sql.one("select unit_id from question_bank where id = ? for update", List.of(id), rs -> rs.getLong(1));
    }

    long insert(String name, String description, long unitId, long accountId) {
        return sql.one("insert into question_bank (unit_id, name, description, created_by) values (?, ?, ?, ?) returning id",
                Arrays.asList(unitId, name, description, accountId), rs -> rs.getLong(1)).orElseThrow();
    }

    void update(long id, String name, String description, long unitId) {
        sql.update("update question_bank set name = ?, description = ?, unit_id = ?, updated_at = now() where id = ?",
                Arrays.asList(name, description, unitId, id));
    }

    private static BankView view(ResultSet rs) throws SQLException {
        return new BankView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(9), rs.getLong(10),
                rs.getObject(7, OffsetDateTime.class), rs.getObject(8, OffsetDateTime.class));
    }
}
