package vn.hocluat.learning.files;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;

import java.sql.ResultSet;

/**
 * Who the files import and export act as towards the assessment services, which want a user: the
 * first administrator, bound to the root unit. Files have no author of their own (the administrator
 * deployed them); an export reads the quiz questions of a course the caller was allowed to export.
 */
@Singleton
class ImportActor {
    private final JdbcOperations jdbc;

    ImportActor(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    CurrentUser get() {
        return jdbc.prepareStatement("""
                select a.id, a.username, u.id from account a, unit u
                where a.role = 'ADMIN' and u.parent_id is null order by a.id, u.id limit 1""", st -> {
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no administrator account to import courses as");
                }
                return new CurrentUser(rs.getLong(1), rs.getString(2), rs.getString(2), Role.ADMIN, rs.getLong(3));
            }
        });
    }
}
