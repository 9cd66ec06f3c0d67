package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.text.Fold;
import vn.hocluat.platform.web.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrative unit tree as other features use it: read, list, search and change units, always
 * inside the caller's subtree (404 unknown, 403 outside). Staff read (a LEARNER does not: 403); only
 * ADMIN and MANAGER change units; a MANAGER may not change the code of their own top unit, and only
 * an ADMIN changes the root.
 */
@Singleton
public class UnitService {
    /** One page of a unit list and the number of units in the whole list. */
    public record UnitPage(List<UnitRow> rows, long total, int page, int size) {
    }

    private final UnitRepository units;
    private final UnitQueries queries;
    private final UnitScope scope;
    private final UnitValues values;

    UnitService(UnitRepository units, UnitQueries queries, UnitScope scope, UnitValues values) {
        this.units = units;
        this.queries = queries;
        this.scope = scope;
        this.values = values;
    }

    @ReadOnly
    public Unit get(CurrentUser user, long id) {
        if (!user.staff()) {
            throw Problem.forbidden();
        }
        scope.require(user, id);
        return units.findById(id).orElseThrow(Problem::notFound);
    }

    /** The direct children of a unit with their sub-unit and active-people counts. */
    @ReadOnly
    public List<UnitRow> children(CurrentUser user, long id) {
        Unit unit = get(user, id);
        Map<Long, Long> subunits = queries.subunitCounts(id);
        Map<Long, Long> people = queries.peopleCounts(unit);
        return queries.children(id, Integer.MAX_VALUE, 0).stream()
                .map(r -> r.withCounts(subunits.getOrDefault(r.id(), 0L), people.getOrDefault(r.id(), 0L))).toList();
    }

    /**
     * A page of units under {@code withinId} (the caller's unit when null): those whose name (without
     * diacritics) or code contains {@code q}; with no query, the direct children of withinId, or the
     * caller's whole subtree in tree order when withinId is null too.
     */
    @ReadOnly
    public UnitPage list(CurrentUser user, @Nullable Long withinId, @Nullable String q, int page, int size) {
        Unit within = get(user, withinId == null ? user.unitId() : withinId);
        long offset = (long) Math.max(page, 0) * size;
        if (q != null && !Fold.fold(q).isEmpty()) {
            String pattern = Fold.containsPattern(q);
            return new UnitPage(queries.search(within.path(), pattern, size, offset),
                    queries.countSearch(within.path(), pattern), page, size);
        }
        if (withinId != null) {
            return new UnitPage(queries.children(within.id(), size, offset), queries.countChildren(within.id()), page, size);
        }
        return new UnitPage(queries.subtree(within.path(), size, offset), queries.countSubtree(within.path()), page, size);
    }

    /** The ancestors of a unit that lie in the caller's subtree, from the caller's unit down to the parent. */
    @ReadOnly
    public List<Unit> breadcrumb(CurrentUser user, Unit unit) {
        get(user, unit.id());
        String top = scope.pathPrefix(user);
        List<Unit> out = new ArrayList<>();
        String[] ids = unit.path().split("/");
        for (int i = 1; i < ids.length - 1; i++) {
            String prefix = String.join("/", Arrays.copyOfRange(ids, 0, i + 1)) + "/";
            if (prefix.startsWith(top)) {
                units.findById(Long.parseLong(ids[i])).ifPresent(out::add);
            }
        }
        return out;
    }

    public boolean canEdit(CurrentUser user, Unit unit) {
        return isEditor(user) && (unit.parentId() != null || user.isAdmin());
    }

    public boolean canEditCode(CurrentUser user, Unit unit) {
        return canEdit(user, unit) && (user.isAdmin() || unit.id() != user.unitId());
    }

    public List<UnitKind> kindsUnder(Unit parent) {
        return UnitRules.kindsUnder(parent.kind());
    }

    /** The kinds an existing unit may take: those allowed under its parent (the root stays the nation). */
    @ReadOnly
    public List<UnitKind> kindsFor(Unit unit) {
        if (unit.parentId() == null) {
            return List.of(unit.kind());
        }
        return UnitRules.kindsUnder(units.findById(unit.parentId()).orElseThrow(Problem::notFound).kind());
    }

    public boolean canCreateUnder(CurrentUser user, Unit parent) {
        return isEditor(user) && !kindsUnder(parent).isEmpty();
    }

    /** Creates a unit under a parent of the caller's subtree; throws {@link UnitInvalidException} on bad values. */
    @Transactional
    public Unit create(CurrentUser user, long parentId, UnitInput input) {
        requireEditor(user);
        Unit parent = get(user, parentId);
        Map<String, String> errors = new LinkedHashMap<>();
        UnitDraft d = values.parse(input, errors);
        if (d.code() != null && units.findByCode(d.code()).isPresent()) {
            errors.put("code", "unit.error.code.taken");
        }
        if (d.kind() != null && !UnitRules.allowedUnder(parent.kind(), d.kind())) {
            errors.put("kind", "unit.error.kind.parent");
        }
        if (!errors.isEmpty()) {
            throw new UnitInvalidException(errors);
        }
        return insert(parent, d);
    }

    /** Changes code, name, kind, urban flag and population (never the parent). */
    @Transactional
    public Unit update(CurrentUser user, long id, UnitInput input) {
        Unit unit = get(user, id);
        if (!canEdit(user, unit)) {
            throw Problem.forbidden();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        UnitDraft d = values.parse(input, errors);
        if (d.code() != null && !d.code().equals(unit.code())) {
            if (!canEditCode(user, unit)) {
                errors.put("code", "unit.error.code.locked");
            } else if (units.findByCode(d.code()).isPresent()) {
                errors.put("code", "unit.error.code.taken");
            }
        }
        if (d.kind() != null && d.kind() != unit.kind()) {
            String problem = kindProblem(unit, d.kind());
            if (problem != null) {
                errors.put("kind", problem);
            }
        }
        if (!errors.isEmpty()) {
            throw new UnitInvalidException(errors);
        }
        return units.update(changed(unit, d.code(), d.name(), d.kind(), d.urban(), d.population()));
    }

    /** Why a unit may not take a new kind (a message key), or null when it may. */
    String kindProblem(Unit unit, UnitKind kind) {
        if (unit.parentId() == null) {
            return "unit.error.kind.root";
        }
        Unit parent = units.findById(unit.parentId()).orElseThrow(Problem::notFound);
        if (!UnitRules.allowedUnder(parent.kind(), kind)) {
            return "unit.error.kind.parent";
        }
        boolean childrenFit = queries.childrenOf(List.of(unit.id())).stream()
                .allMatch(child -> UnitRules.allowedUnder(kind, child.kind()));
        return childrenFit ? null : "unit.error.kind.children";
    }

    /** Inserts a validated unit under its parent, with path and depth. */
    Unit insert(Unit parent, UnitDraft d) {
        Unit saved = units.save(new Unit(null, d.code(), d.name(), Fold.fold(d.name()), d.kind(), parent.id(),
                parent.path(), parent.depth() + 1, d.urban(), d.population(), null, null));
        queries.appendOwnId(saved.id());
        return units.findById(saved.id()).orElseThrow();
    }

    static Unit changed(Unit u, String code, String name, UnitKind kind, Boolean urban, Integer population) {
        return new Unit(u.id(), code, name, Fold.fold(name), kind, u.parentId(), u.path(), u.depth(), urban, population,
                u.createdAt(), u.updatedAt());
    }

    static boolean isEditor(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.MANAGER);
    }

    static void requireEditor(CurrentUser user) {
        if (!isEditor(user)) {
            throw Problem.forbidden();
        }
    }
}
