package vn.hocluat.training;

/** How an activity is held: in a hall, as a live online class, or both at once. */
enum ActivityMode {
    IN_PERSON, ONLINE, HYBRID;

    String labelKey() {
        return "activity.mode." + name();
    }
}
