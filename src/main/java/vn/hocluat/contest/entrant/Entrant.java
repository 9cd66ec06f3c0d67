package vn.hocluat.contest.entrant;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** A registered entrant as the pages show it (never the code hash nor the ID hash). */
public record Entrant(long id, String phone, String fullName, LocalDate birthDate, long unitId, String unitLabel,
                      @Nullable String idMasked, @Nullable String email, @Nullable Instant lockedAt) {
    public boolean locked() {
        return lockedAt != null;
    }
}
