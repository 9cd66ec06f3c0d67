package vn.hocluat.platform.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/** The signed-in account as carried by its token: who, with which role, bound to which unit. */
public record CurrentUser(long accountId, String username, String displayName, Role role, long unitId) {
    public static final String ACCOUNT_ID = "accountId";
    public static final String UNIT_ID = "unitId";
    public static final String DISPLAY_NAME = "displayName";

    public static CurrentUser of(Authentication auth) {
        Map<String, Object> a = auth.getAttributes();
        Role role = auth.getRoles().stream().findFirst().map(Role::valueOf).orElse(Role.LEARNER);
        return new CurrentUser(number(a.get(ACCOUNT_ID)), auth.getName(),
                String.valueOf(a.getOrDefault(DISPLAY_NAME, auth.getName())), role, number(a.get(UNIT_ID)));
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Staff read the roster and units of their subtree; learners do not. */
    public boolean staff() {
        return role != Role.LEARNER;
    }

    /** Managers (and admins) manage accounts and write the roster. */
    public boolean manager() {
        return role == Role.ADMIN || role == Role.MANAGER;
    }

    /** Authors write courses, run cohorts and assign training: trainers, managers and admins. */
    public boolean author() {
        return role == Role.ADMIN || role == Role.MANAGER || role == Role.TRAINER;
    }

    public boolean hasAny(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    private static long number(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        if (o == null) {
            throw new IllegalStateException("token lacks a required claim");
        }
        return Long.parseLong(o.toString());
    }
}
