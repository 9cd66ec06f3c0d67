package vn.hocluat.training;

/**
 * Where a line of the activity list comes from: an activity recorded here (editable), or an online
 * activity derived from learning — a course cohort, or a self-paced course in one calendar year
 * (DESIGN ONLINE_ACTIVITY_SHARE) — which is read-only here.
 */
enum ActivityOrigin {
    RECORDED, COHORT, SELF_PACED;

    String labelKey() {
        return "activity.online.origin." + name();
    }
}
