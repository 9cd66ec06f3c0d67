package vn.hocluat.plans.kpi;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import vn.hocluat.platform.web.Paged;
import vn.hocluat.platform.web.Problem;

import java.time.LocalDate;
import java.util.Map;

/**
 * The shape of the person-share metrics: a population of roster persons (the denominator) and a
 * condition on each (the numerator). Subclasses give the condition and, when it differs from the
 * target's roster, the population; the grouping by child unit and the person lists are here.
 */
abstract class RosterShare implements KpiMetric {
    protected final JdbcOperations jdbc;

    RosterShare(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The CTEs up to {@code pop(id, bucket, …)}, the persons of the denominator; by default the roster. */
    Query population(TargetSpec t, UnitRef unit, LocalDate day) {
        return Subtree.roster(Subtree.scope(t, unit), t, day).add(", pop as (select r.id, r.account_id, r.bucket from roster r)");
    }

    /** Adds the SQL condition on a population row {@code r} that puts the person in the numerator. */
    abstract void counted(Query q, TargetSpec t, LocalDate day);

    @Override
    public Map<Long, Count> compute(TargetSpec t, UnitRef unit, LocalDate day) {
        Query q = marked(t, unit, day);
        return Subtree.counts(jdbc, Subtree.grouped(q, "count(*) filter (where r.counted)", "count(*)", "marked r"), unit);
    }

    /** The population with a "counted" column. */
    Query marked(TargetSpec t, UnitRef unit, LocalDate day) {
        Query q = population(t, unit, day).add(", marked as (select r.*, (");
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
        return page(marked(t, unit, day).add("select p.id, p.code, p.full_name, u.code, u.name, null::date,"
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
