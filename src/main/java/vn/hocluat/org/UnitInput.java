package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;

/**
 * A unit as a person or a file gives it, every value still text: the same parser and rules serve
 * the form, the API and the import. Kind is the enum name or its label; urban is "Thành thị",
 * "Nông thôn", true/false or 1/0; population a whole number.
 */
public record UnitInput(@Nullable String code, @Nullable String name, @Nullable String kind,
                        @Nullable String urban, @Nullable String population) {
}
