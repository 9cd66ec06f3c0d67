package vn.hocluat.assessment.quiz;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuizRuleRepository extends CrudRepository<QuizRule, Long> {
    List<QuizRule> findByQuizIdOrderByPosition(long quizId);

    void deleteByQuizId(long quizId);
}
