package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CITIZEN_REACH_SHARE: distinct citizens who used the platform in the window [start, day] (Vietnam days),
 * each in their declared unit, ÷ the population of the units in scope. A citizen is a key: E:&lt;entrant&gt;
 * who started a contest entry (unit: entrant.unit_id — the residence declared at registration, locked
 * once the entrant starts a first attempt, so an entrant has one unit for all their entries and
 * ratings; contest_entry.unit_id is the same copy taken at the start), A:&lt;account&gt; who completed a
 * lesson (unit: account.unit_id), or a rater with such a key (unit: rating.declared_unit_id, the
 * entrant's or account's unit at rating time). Anonymous raters declare no unit and are not counted.
 * <p>
 * The numerator is summed from stored per-unit counts ({@link KpiCounts}). The denominator is read from
 * unit.population directly: a unit's population is its own figure when set, else the sum over its
 * children, so a commune's figure is not added to its villages'; with an URBAN/RURAL filter only the
 * units passing it contribute. It depends on where the sum starts (U or a child), which stored
 * per-unit counts cannot express, and it is one cheap read of the unit table.
 */
@Singleton
class CitizenReachShare implements NoPersonList {
    private final KpiCounts counts;
    private final JdbcOperations jdbc;

    CitizenReachShare(KpiCounts counts, JdbcOperations jdbc) {
        this.counts = counts;
        this.jdbc = jdbc;
    }

    @Override
    public String code() {
        return "CITIZEN_REACH_SHARE";
    }

    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        return withPopulation(t, unit, counts.of(t, unit, day, q -> reached(q, t, day)));
    }

    @Override
    public Optional<Map<Long, Count>> computeWithin(TargetSpec t, UnitRef unit, LocalDate day, int maxUnits) {
        return counts.within(t, unit, day, q -> reached(q, t, day), false, maxUnits)
                .map(reached -> withPopulation(t, unit, reached));
    }

    /** The citizens of each bucket's units reached in the window (denominator 0: see {@link #withPopulation}). */
    private static Query reached(Query q, TargetSpec t, LocalDate day) {
        LocalDate start = t.windowStart(day);
        return q.add("""
                , reached as (
                  select e.unit_id, 'E:' || e.id as citizen from entrant e join scope s on s.id = e.unit_id
                  where exists (select 1 from contest_entry c where c.entrant_id = e.id
                                  and c.started_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                                  and c.started_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))
                  union
                  select a.unit_id, 'A:' || a.id from account a join scope s on s.id = a.unit_id
                  where exists (select 1 from enrollment en join lesson_progress p on p.enrollment_id = en.id
                                where en.account_id = a.id
                                  and p.done_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                                  and p.done_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))
                  union
                  select r.declared_unit_id, r.rater_key from rating r join scope s on s.id = r.declared_unit_id
                  where r.rated_at >= (?::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
                    and r.rated_at < ((?::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))
                select false as total, s.bucket, count(distinct x.citizen) as num, 0::bigint as den, null::bigint[] as keys
                from reached x join scope s on s.id = x.unit_id group by s.bucket""",
                start, day, start, day, start, day);
    }

    /** The reached counts with the population of U and of each child as denominators. */
    private Map<Long, Count> withPopulation(TargetSpec t, UnitRef unit, Map<Long, Count> reached) {
        Map<Long, Long> population = population(t, unit);
        Map<Long, Count> out = new HashMap<>();
        Set<Long> ids = new HashSet<>(reached.keySet());
        ids.addAll(population.keySet());
        for (long id : ids) {
            out.put(id, new Count(reached.getOrDefault(id, Count.EMPTY).numerator(), population.getOrDefault(id, 0L)));
        }
        return out;
    }

    /**
     * The population of U (its id) and of each child (bucket): the units of the scope with a population that
     * no other unit of the scope above them in the same bucket covers; U's own figure, when it is in scope
     * and has one, covers everything.
     */
    private Map<Long, Long> population(TargetSpec t, UnitRef unit) {
        Map<Long, Long> out = new HashMap<>();
        long[] children = {0};
        Subtree.scope(t, unit).add("""
                , pop as materialized (
                  select s.id, s.bucket, u.population, %s as ancestors
                  from scope s join unit u on u.id = s.id where u.population is not null)
                , covered as (
                  select distinct p.id from pop p cross join lateral unnest(p.ancestors) x(id) join pop a on a.id = x.id
                  where a.id <> p.id and a.bucket is not distinct from p.bucket)
                select p.bucket, sum(p.population) from pop p where not exists (select 1 from covered c where c.id = p.id)
                group by p.bucket""".formatted(Subtree.ANCESTORS)).list(jdbc, rs -> {
            long bucket = rs.getLong(1);
            boolean own = rs.wasNull();
            long people = rs.getLong(2);
            if (own) {
                out.put(unit.id(), people);
            } else {
                out.put(bucket, people);
                children[0] += people;
            }
            return people;
        });
        out.putIfAbsent(unit.id(), children[0]);
        return out;
    }
}
