package vn.hocluat.plans.report;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

/** What the report tests share: {@link ReportScene} and its commune manager signed in. */
abstract class ReportWebTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    ReportScene s;
    Web manager;

    @BeforeAll
    void setUp() {
        s = new ReportScene(context);
        manager = new Web(server.getURI()).login(s.account("MANAGER", s.commune, "Nguyễn Thị Hạnh"), Fixtures.PASSWORD);
    }
}
