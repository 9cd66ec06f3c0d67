package vn.hocluat.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.hocluat.platform.security.Role;

import java.time.Instant;

/** A login, bound to one unit; its role decides what it may do inside that unit's subtree. */
@MappedEntity("account")
public record Account(@Id @GeneratedValue @Nullable Long id,
                      String username,
                      String passwordHash,
                      String displayName,
                      Role role,
                      Long unitId,
                      boolean enabled,
                      int failedLogins,
                      @Nullable Instant lockedUntil,
                      @DateCreated @Nullable Instant createdAt,
                      @DateUpdated @Nullable Instant updatedAt) {

    static Account create(String username, String passwordHash, String displayName, Role role, long unitId) {
        return new Account(null, username, passwordHash, displayName, role, unitId, true, 0, null, null, null);
    }
}
