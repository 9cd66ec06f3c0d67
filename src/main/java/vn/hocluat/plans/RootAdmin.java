package vn.hocluat.plans;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;

/** The root administrator as the sample loader acts (account 0: nothing is attributed to a real account). */
@Singleton
public class RootAdmin {
    private final JdbcOperations jdbc;

    RootAdmin(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public CurrentUser user() {
        long root = jdbc.prepareStatement("select id from unit where parent_id is null order by id limit 1", st -> {
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, root);
    }
}
