package vn.hocluat.org;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UnitRepository extends CrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByParentIdOrderByName(Long parentId);

    @Query("select * from unit where path like :pathPrefix || '%' order by path")
    List<Unit> findSubtree(String pathPrefix);
}
