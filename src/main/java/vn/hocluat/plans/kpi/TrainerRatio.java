package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.List;

/**
 * TRAINER_RATIO: roster persons who are trainers of the target's level (person_group TRAINER with
 * trainer_level = params.level; any level when none) ÷ active mediation teams of the subtree. The
 * engine shows numerator × 100 ÷ denominator, so (trainers, teams) reads "trainers per 100 teams":
 * 1 trainer and 9 teams → 11.11. A trainer counts in their own unit and a team in its own, so a child
 * holding trainers but no team (a provincial agency) shows no value while its province sums both.
 * The person lists: the trainers counted.
 */
@Singleton
class TrainerRatio extends RosterShare {
    TrainerRatio(JdbcOperations jdbc, KpiCounts counts) {
        super(jdbc, counts);
    }

    @Override
    public String code() {
        return "TRAINER_RATIO";
    }

    /** The target's roster narrowed to the trainers of its level. */
    @Override
    Query population(Query scope, TargetSpec t, LocalDate day) {
        Query q = Subtree.roster(scope, t, day).add(", pop as (select r.id, r.account_id, r.bucket from roster r"
                + " where exists (select 1 from person_group g where g.person_id = r.id and g.group_code = 'TRAINER'");
        if (t.trainerLevel() != null) {
            q.add("and g.trainer_level = ?", t.trainerLevel());
        }
        return q.add("))");
    }

    @Override
    void counted(Query q, TargetSpec t, LocalDate day) {
        q.add("true");
    }

    /** Trainers and active teams by bucket: (trainers, teams). */
    @Override
    Query grouped(Query scope, TargetSpec t, LocalDate day) {
        Query q = population(scope, t, day).add("""
                , facts as (select r.bucket, true as trainer from pop r
                            union all select s.bucket, false from mediation_team m join scope s on s.id = m.unit_id where m.active)""");
        return Subtree.grouped(q, "count(*) filter (where r.trainer)", "count(*) filter (where not r.trainer)", "facts r");
    }

    @Override
    public List<PersonList> personLists() {
        return List.of(PersonList.COUNTED, PersonList.ALL);
    }

    /** COUNTED and ALL are the trainers counted (every person of the population is); there is no "not counted". */
    @Override
    public Paged<PersonRow> persons(TargetSpec t, UnitRef unit, LocalDate day, PersonList which, int page, int size) {
        if (which != PersonList.COUNTED && which != PersonList.ALL) {
            throw Problem.badRequest("kpi.error.list", which.code());
        }
        return super.persons(t, unit, day, which, page, size);
    }
}
