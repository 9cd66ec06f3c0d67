package vn.hocluat.org;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One human on the roster of a unit. {@code code} is the organisation's own code (the roster
 * import matches on it); {@code searchName} is the folded name for diacritics-insensitive search.
 * Active on day d when activeFrom ≤ d and (activeTo is null or activeTo ≥ d).
 */
@MappedEntity("person")
public record Person(@Id @GeneratedValue @Nullable Long id,
                     String code,
                     String fullName,
                     String searchName,
                     @Nullable LocalDate birthDate,
                     @Nullable Gender gender,
                     @Nullable String ethnicity,
                     @Nullable String phone,
                     @Nullable String email,
                     Long unitId,
                     @Nullable String position,
                     LocalDate activeFrom,
                     @Nullable LocalDate activeTo,
                     @Nullable Long accountId,
                     @DateCreated @Nullable Instant createdAt,
                     @DateUpdated @Nullable Instant updatedAt) {

    public boolean activeOn(LocalDate day) {
        return !activeFrom.isAfter(day) && (activeTo == null || !activeTo.isBefore(day));
    }
}
