package vn.hocluat.org;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.UnitScope;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The units a user may pick from (their subtree), in tree order with children sorted by name, for unit pickers. */
@Singleton
public class UnitDirectory {
    private static final Collator VI = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** One entry of a unit picker: the label is indented by depth below the user's unit. */
    @Serdeable
    public record UnitOption(long id, String code, String name, String label, UnitKind kind, int depth) {
    }

    private final UnitRepository units;
    private final UnitScope scope;

    UnitDirectory(UnitRepository units, UnitScope scope) {
        this.units = units;
        this.scope = scope;
    }

    @ReadOnly
    public List<UnitOption> options(CurrentUser user) {
        List<Unit> subtree = units.findSubtree(scope.pathPrefix(user));
        Map<Long, List<Unit>> children = new HashMap<>();
        Unit top = null;
        for (Unit u : subtree) {
            if (u.id() == user.unitId()) {
                top = u;
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        List<UnitOption> out = new ArrayList<>();
        if (top != null) {
            walk(top, top.depth(), children, out);
        }
        return out;
    }

    private static void walk(Unit u, int baseDepth, Map<Long, List<Unit>> children, List<UnitOption> out) {
        int depth = u.depth() - baseDepth;
        out.add(new UnitOption(u.id(), u.code(), u.name(), "\u00a0\u00a0".repeat(depth) + u.name(), u.kind(), depth));
        List<Unit> kids = new ArrayList<>(children.getOrDefault(u.id(), List.of()));
        kids.sort(Comparator.comparing(Unit::name, VI));
        for (Unit k : kids) {
            walk(k, baseDepth, children, out);
        }
    }
}
