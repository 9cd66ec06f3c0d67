package vn.hocluat.plans;

/** The window of a target: [plan start, d], [phase start, d], or the last N months up to d. */
public enum TargetWindow {
    PLAN, PHASE, MONTHS
}
