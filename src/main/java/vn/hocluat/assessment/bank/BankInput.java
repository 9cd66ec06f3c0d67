package vn.hocluat.assessment.bank;

import io.micronaut.core.annotation.Nullable;

/** A bank to create, or the new state of one: name, description and owning unit, as typed. */
public record BankInput(@Nullable String name, @Nullable String description, @Nullable String unitId) {
    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
}
