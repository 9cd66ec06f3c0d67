package vn.hocluat.plans.kpi;

import java.time.LocalDate;

/**
 * The SQL that every metric starts from: {@code scope(id, bucket)} = the units of U's subtree that pass
 * the target's unit filter, each with its bucket (the child of U it lies under; null for U itself), and
 * {@code roster(id, account_id, unit_id, bucket)} = the target's roster on a day (DESIGN "roster").
 * Grouping by bucket with grouping sets gives U's total and every child's in one statement.
 */
final class Subtree {
    private Subtree() {
    }

    /** The ids on a unit's path, from the root down to the unit. */
    static final String ANCESTORS = "string_to_array(trim(both '/' from u.path), '/')::bigint[]";

    /** Starts a query with "with scope as (…)" (or "with recursive tree as (…), scope as (…)" for a flag filter). */
    static Query scope(TargetSpec t, UnitRef unit) {
        return switch (t.unitFilter()) {
            case "URBAN", "RURAL" -> flagged(unit, "URBAN".equals(t.unitFilter()) ? "t.urban is true" : "t.urban is false");
            case "PILOT" -> flagged(unit, "t.pilot");
            default -> byPath(t, unit);
        };
    }

    private static Query byPath(TargetSpec t, UnitRef unit) {
        Query q = new Query().add("""
                with scope as (
                  select u.id, (string_to_array(trim(both '/' from u.path), '/'))[?]::bigint as bucket
                  from unit u where u.path like ?""", unit.depth() + 2, unit.path() + "%");
        if ("LISTED".equals(t.unitFilter())) {
            q.add("and " + ANCESTORS + " && ?::bigint[]", (Object) t.unitIds());
        }
        return q.add(")");
    }

    /**
     * The subtree walked down from U carrying the flags: the nearest unit on the path that says urban or
     * rural decides (a village inherits its commune's flag); a unit is pilot when it or an ancestor is.
     * One pass over the tree instead of an ancestor lookup per unit (~6,000 at the national roll-up).
     */
    private static Query flagged(UnitRef unit, String condition) {
        return new Query().add("""
                with recursive tree as (
                  select u.id, null::bigint as bucket,
                         (select a.urban from unit a where a.id = any(%1$s) and a.urban is not null order by a.depth desc limit 1) as urban,
                         exists (select 1 from unit a where a.id = any(%1$s) and a.pilot) as pilot
                  from unit u where u.id = ?
                  union all
                  select c.id, coalesce(t.bucket, c.id), coalesce(c.urban, t.urban), c.pilot or t.pilot
                  from unit c join tree t on c.parent_id = t.id)
                , scope as (select t.id, t.bucket from tree t where %2$s)""".formatted(ANCESTORS, condition), unit.id());
    }

    /** Adds ", roster as (…)": active on the day, in one of the target's audience groups (any when none). */
    static Query roster(Query q, TargetSpec t, LocalDate day) {
        q.add("""
                , roster as (
                  select p.id, p.account_id, p.unit_id, s.bucket from person p join scope s on s.id = p.unit_id
                  where p.active_from <= ? and (p.active_to is null or p.active_to >= ?)""", day, day);
        if (t.hasAudience()) {
            q.add("and exists (select 1 from person_group g where g.person_id = p.id and g.group_code = any(?::text[]))",
                    (Object) t.audience());
        }
        return q.add(")");
    }

    /** " and <column> && topics" when the target names topics: the sets intersect; no topics = any topic. */
    static void topics(Query q, TargetSpec t, String column) {
        if (t.hasTopics()) {
            q.add("and " + column + " && ?::text[]", (Object) t.topics());
        }
    }

    /** Ends a query with the grouping of {@code from} (aliased r) by bucket: U's total and each child's (no keys). */
    static Query grouped(Query q, String numerator, String denominator, String from) {
        return q.add("select grouping(r.bucket) = 1 as total, r.bucket, " + numerator + " as num, " + denominator
                + " as den, null::bigint[] as keys from " + from + " group by grouping sets ((r.bucket), ())");
    }
}
