package vn.hocluat.plans.kpi;

/** The unit a KPI is computed for: its subtree is everything whose path starts with {@code path}. */
public record UnitRef(long id, String code, String name, String path, int depth) {
}
