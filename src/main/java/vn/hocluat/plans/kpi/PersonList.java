package vn.hocluat.plans.kpi;

import java.util.Locale;
import java.util.Optional;

/**
 * Which persons behind a target's number: COUNTED (the numerator), UNTRAINED (in the denominator but
 * not the numerator: not trained, not opened), ALL (the denominator), PENDING (new mediators whose
 * deadline is still ahead and who are not yet trained, soonest deadline first).
 */
public enum PersonList {
    COUNTED, UNTRAINED, ALL, PENDING;

    public static Optional<PersonList> parse(String s) {
        for (PersonList l : values()) {
            if (l.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
