package vn.hocluat.account;

import io.micronaut.core.annotation.Introspected;
import vn.hocluat.platform.security.Role;

/** An account as listed: with the name of its unit. */
@Introspected
public record AccountRow(long id, String username, String displayName, Role role, long unitId, String unitName,
                         boolean enabled) {
}
