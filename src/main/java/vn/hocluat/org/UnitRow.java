package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;

/**
 * A unit as a list shows it: with its parent's name, and, in a list of children, the number of
 * its direct sub-units and of the active people of its whole subtree (null where not counted).
 */
public record UnitRow(long id, String code, String name, UnitKind kind, @Nullable Long parentId,
                      @Nullable String parentName, int depth, @Nullable Boolean urban, @Nullable Integer population,
                      @Nullable Long subunits, @Nullable Long people) {

    UnitRow withCounts(long subunitCount, long peopleCount) {
        return new UnitRow(id, code, name, kind, parentId, parentName, depth, urban, population, subunitCount, peopleCount);
    }
}
