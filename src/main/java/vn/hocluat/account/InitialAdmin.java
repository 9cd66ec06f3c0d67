package vn.hocluat.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.platform.security.PasswordHasher;
import vn.hocluat.platform.security.Role;

/**
 * On the first start (no account yet) creates the administrator "admin", bound to the root unit.
 * Its password comes from HOCLUAT_ADMIN_PASSWORD, or is random and printed once, alone on a line
 * starting "Initial admin password:" — never a fixed default.
 */
@Singleton
class InitialAdmin {
    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);
    private static final Logger ANNOUNCE = LoggerFactory.getLogger("hocluat.initial-admin");

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final String configuredPassword;
    private final RootUnit rootUnit;

    InitialAdmin(AccountRepository accounts, PasswordHasher hasher, RootUnit rootUnit,
                 @Value("${hocluat.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.rootUnit = rootUnit;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        boolean random = configuredPassword == null || configuredPassword.isBlank();
        String password = random ? hasher.randomPassword(16) : configuredPassword;
        accounts.save(Account.create(USERNAME, hasher.hash(password), USERNAME, Role.ADMIN, rootUnit.id()));
        if (random) {
            ANNOUNCE.info("Initial admin password: {}", password);
        } else {
            LOG.info("Created the administrator '{}' with the password from HOCLUAT_ADMIN_PASSWORD", USERNAME);
        }
    }
}
