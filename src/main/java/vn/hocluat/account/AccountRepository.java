package vn.hocluat.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRepository extends CrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("update account set failed_logins = :failedLogins, locked_until = :lockedUntil, updated_at = now() where id = :id")
    void updateLoginFailures(long id, int failedLogins, @Nullable Instant lockedUntil);

    @Query("""
            select a.id, a.username, a.display_name, a.role, a.unit_id, u.name as unit_name, a.enabled
            from account a join unit u on u.id = a.unit_id
            where u.path like :pathPrefix || '%'
            order by a.username limit :limit offset :offset""")
    List<AccountRow> findInSubtree(String pathPrefix, int limit, int offset);

    @Query("select count(*) from account a join unit u on u.id = a.unit_id where u.path like :pathPrefix || '%'")
    long countInSubtree(String pathPrefix);
}
