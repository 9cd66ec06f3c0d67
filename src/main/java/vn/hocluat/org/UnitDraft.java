package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;

/** A unit's own values after parsing; a value that did not parse is null and has an error beside it. */
record UnitDraft(@Nullable String code, @Nullable String name, @Nullable UnitKind kind,
                 @Nullable Boolean urban, @Nullable Integer population) {
}
