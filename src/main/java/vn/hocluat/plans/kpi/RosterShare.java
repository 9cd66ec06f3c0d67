package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of the person-share metrics: a population of roster persons (the denominator) and a
 * condition on each (the numerator). Subclasses give the condition and, when it differs from the
 * target's roster, the population; the grouping by child unit and the person lists are here.
 */
abstract class RosterShare implements KpiMetric {
    protected final JdbcOperations jdbc;
    private final KpiCounts counts;

    RosterShare(JdbcOperations jdbc, KpiCounts counts) {
        this.jdbc = jdbc;
        this.counts = counts;
    }

    /**
     * Adds to {@code scope} ("with scope as (…)") the CTEs up to {@code pop(id, bucket, …)}, the persons of
     * the denominator; by default the roster.
     */
    Query population(Query scope, TargetSpec t, LocalDate day) {
        return Subtree.roster(scope, t, day).add(", pop as (select r.id, r.account_id, r.bucket from roster r)");
    }

    /** Adds the SQL condition on a population row {@code r} that puts the person in the numerator. */
    abstract void counted(Query q, TargetSpec t, LocalDate day);

    /** Summed from per-unit counts kept up to date by {@link KpiCounts}; a person counts in their own unit. */
    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        return counts.of(t, unit, day, scope -> grouped(scope, t, day));
    }

    @Override
    public Optional<Map<Long, Count>> computeWithin(TargetSpec t, UnitRef unit, LocalDate day, int maxUnits) {
        return counts.within(t, unit, day, scope -> grouped(scope, t, day), false, maxUnits);
    }

    /** Adds to {@code scope} the numerator and denominator grouped by bucket (total, bucket, num, den). */
    Query grouped(Query scope, TargetSpec t, LocalDate day) {
        return Subtree.grouped(marked(scope, t, day), "count(*) filter (where r.counted)", "count(*)", "marked r");
    }

    /** The population with a "counted" column. */
    Query marked(Query scope, TargetSpec t, LocalDate day) {
        Query q = population(scope, t, day).add(", marked as (select r.*, (");
        counted(q, t, day);
        return q.add(") as counted from pop r)");
    }

    @Override
    public Paged<PersonRow> persons(TargetSpec t, UnitRef unit, LocalDate day, PersonList which, int page, int size) {
        String filter = switch (which) {
            case COUNTED -> "r.counted";
            case UNTRAINED -> "not r.counted";
            case ALL -> "true";
            case PENDING -> throw Problem.badRequest("kpi.error.list", which.code());
        };
        return page(marked(Subtree.scope(t, unit), t, day).add("select p.id, p.code, p.full_name, u.code, u.name, null::date,"
                + " count(*) over () from marked r join person p on p.id = r.id join unit u on u.id = p.unit_id"
                + " where " + filter + " order by p.search_name, p.id"), page, size);
    }

    /** Runs a person query (columns id, code, name, unit code, unit name, deadline, total) for one page. */
    Paged<PersonRow> page(Query q, int page, int size) {
        long[] total = {0};
        var rows = q.add("limit ? offset ?", size, Paged.offset(page, size)).list(jdbc, rs -> {
            total[0] = rs.getLong(7);
            return new PersonRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getObject(6, LocalDate.class));
        });
        return new Paged<>(rows, total[0], page, size);
    }
}
