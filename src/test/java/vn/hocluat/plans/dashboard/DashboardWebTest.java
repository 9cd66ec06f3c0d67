package vn.hocluat.plans.dashboard;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

/** What the dashboard's page tests share: the scene, a province manager signed in, accounts of other roles and units. */
abstract class DashboardWebTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    DashboardScene s;
    Web provinceManager;

    @BeforeAll
    void setUp() {
        s = new DashboardScene(context);
        provinceManager = as("MANAGER", s.province);
    }

    Web as(String role, long unit) {
        return new Web(server.getURI()).login(s.cf.fixtures.account(role, unit), Fixtures.PASSWORD);
    }
}
