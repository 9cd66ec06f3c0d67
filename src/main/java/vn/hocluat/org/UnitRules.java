package vn.hocluat.org;

import java.util.Arrays;
import java.util.List;

/**
 * Which kind of unit may hang under which: a province under the nation; a commune, ward or special
 * zone under a province (there is no district level since 1 July 2025); a village or residential
 * group under a commune, ward or special zone; an agency under any unit. The nation is only the root.
 */
final class UnitRules {
    private UnitRules() {
    }

    static boolean allowedUnder(UnitKind parent, UnitKind child) {
        return switch (child) {
            case NATION -> false;
            case PROVINCE -> parent == UnitKind.NATION;
            case COMMUNE, WARD, SPECIAL_ZONE -> parent == UnitKind.PROVINCE;
            case VILLAGE, RESIDENTIAL_GROUP -> isCommuneLevel(parent);
            case AGENCY -> true;
        };
    }

    static List<UnitKind> kindsUnder(UnitKind parent) {
        return Arrays.stream(UnitKind.values()).filter(k -> allowedUnder(parent, k)).toList();
    }

    static boolean isCommuneLevel(UnitKind kind) {
        return kind == UnitKind.COMMUNE || kind == UnitKind.WARD || kind == UnitKind.SPECIAL_ZONE;
    }
}
