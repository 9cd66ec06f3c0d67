package vn.hocluat.account;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.PasswordHasher;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.security.UnitScope;
import vn.hocluat.platform.web.Problem;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts inside a unit subtree. An ADMIN manages every account; a MANAGER manages the accounts
 * of their subtree and may grant any role but ADMIN. Nobody else manages accounts.
 */
@Singleton
public class AccountService {
    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** What the create form carries; errors are keyed by field. */
    record NewAccount(String username, String displayName, Role role, Long unitId, String password) {
    }

    private final AccountRepository accounts;
    private final UnitScope scope;
    private final PasswordHasher hasher;

    AccountService(AccountRepository accounts, UnitScope scope, PasswordHasher hasher) {
        this.accounts = accounts;
        this.scope = scope;
        this.hasher = hasher;
    }

    /** Roles the user may give to an account they create. */
    public Set<Role> grantableRoles(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN -> EnumSet.allOf(Role.class);
            case MANAGER -> EnumSet.of(Role.MANAGER, Role.TRAINER, Role.ORGANISER, Role.LEARNER);
            default -> EnumSet.noneOf(Role.class);
        };
    }

    @ReadOnly
    List<AccountRow> list(CurrentUser user, int page, int size) {
        requireManager(user);
        return accounts.findInSubtree(scope.pathPrefix(user), size, page * size);
    }

    @ReadOnly
    long count(CurrentUser user) {
        requireManager(user);
        return accounts.countInSubtree(scope.pathPrefix(user));
    }

    @ReadOnly
    Account get(CurrentUser user, long id) {
        requireManager(user);
        Account a = accounts.findById(id).orElseThrow(Problem::notFound);
        scope.require(user, a.unitId());
        return a;
    }

    /** Validates and creates; returns field → message key for every problem, empty when created. */
    @Transactional
    Map<String, String> create(CurrentUser user, NewAccount form) {
        requireManager(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String username = form.username() == null ? "" : form.username().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", "account.error.username");
        } else if (accounts.existsByUsername(username)) {
            errors.put("username", "account.error.usernameTaken");
        }
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().length() > 200) {
            errors.put("displayName", "account.error.displayName");
        }
        if (form.role() == null || !grantableRoles(user).contains(form.role())) {
            errors.put("role", "account.error.role");
        }
        if (form.unitId() == null || !scope.contains(user, form.unitId())) {
            errors.put("unitId", "account.error.unit");
        }
        if (form.password() == null || form.password().length() < MIN_PASSWORD) {
            errors.put("password", "account.error.password");
        }
        if (errors.isEmpty()) {
            accounts.save(Account.create(username, hasher.hash(form.password()), form.displayName().trim(),
                    form.role(), form.unitId()));
        }
        return errors;
    }

    @Transactional
    void setEnabled(CurrentUser user, long id, boolean enabled) {
        Account a = get(user, id);
        if (a.id() == user.accountId()) {
            throw Problem.badRequest("account.error.self");
        }
        accounts.update(new Account(a.id(), a.username(), a.passwordHash(), a.displayName(), a.role(), a.unitId(),
                enabled, 0, null, a.createdAt(), a.updatedAt()));
    }

    /** Sets a new password chosen by a manager (and unlocks the account); returns an error key or null. */
    @Transactional
    String resetPassword(CurrentUser user, long id, String password) {
        Account a = get(user, id);
        if (password == null || password.length() < MIN_PASSWORD) {
            return "account.error.password";
        }
        savePassword(a, password);
        return null;
    }

    /** The signed-in user changes their own password; returns field → message key for problems. */
    @Transactional
    Map<String, String> changeOwnPassword(CurrentUser user, String current, String fresh) {
        Account a = accounts.findById(user.accountId()).orElseThrow(Problem::notFound);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!hasher.matches(current, a.passwordHash())) {
            errors.put("current", "account.error.currentPassword");
        }
        if (fresh == null || fresh.length() < MIN_PASSWORD) {
            errors.put("password", "account.error.password");
        }
        if (errors.isEmpty()) {
            savePassword(a, fresh);
        }
        return errors;
    }

    private void savePassword(Account a, String password) {
        accounts.update(new Account(a.id(), a.username(), hasher.hash(password), a.displayName(), a.role(), a.unitId(),
                a.enabled(), 0, null, a.createdAt(), a.updatedAt()));
    }

    private static void requireManager(CurrentUser user) {
        if (!user.hasAny(Role.ADMIN, Role.MANAGER)) {
            throw Problem.forbidden();
        }
    }
}
