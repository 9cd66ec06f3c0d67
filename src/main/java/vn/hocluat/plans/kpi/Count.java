package vn.hocluat.plans.kpi;

/** A metric's numerator and denominator for one unit on one day. */
public record Count(long numerator, long denominator) {
    public static final Count EMPTY = new Count(0, 0);
}
