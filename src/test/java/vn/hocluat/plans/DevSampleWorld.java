package vn.hocluat.plans;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import vn.hocluat.org.UnitImportService;
import vn.hocluat.org.rosterimport.DevRoster;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.platform.security.Role;
import vn.hocluat.platform.web.Messages;
import vn.hocluat.support.Fixtures;

import java.sql.Connection;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * For the dev-sample tests: the sample units (dev/units.csv), roster (dev/people.csv) and seed plans loaded as
 * the dev environment loads them, then the test's own sample, all in one transaction rolled back at the end so
 * the shared database stays clean.
 */
final class DevSampleWorld {
    private final ApplicationContext context;

    DevSampleWorld(ApplicationContext context) {
        this.context = context;
    }

    /** Runs {@code body} with the root administrator as the sample loaders act, inside the rolled-back transaction. */
    void rolledBack(Consumer<CurrentUser> body) {
        CurrentUser root = new CurrentUser(0, "dev-sample", "dev-sample", Role.ADMIN, new Fixtures(context).rootId());
        TransactionOperations<Connection> tx = context.getBean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(status -> {
            status.setRollbackOnly();
            context.getBean(UnitImportService.class).importTable(root, PlanDevSamplesTest.devUnits(), Messages.VI);
            assertEquals(List.of(), DevRoster.load(context, root));
            DevSamplePlans.load(context.getBean(PlanService.class), root, DevSamplePlans.parse(context.getBean(JsonMapper.class)));
            body.accept(root);
            return null;
        });
    }
}
