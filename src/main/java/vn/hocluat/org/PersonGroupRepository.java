package vn.hocluat.org;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PersonGroupRepository extends CrudRepository<PersonGroup, PersonGroup.Key> {

    @Query("select * from person_group where person_id = :personId order by group_code")
    List<PersonGroup> findByPerson(long personId);

    @Query("delete from person_group where person_id = :personId")
    void deleteByPerson(long personId);
}
