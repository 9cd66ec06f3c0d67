package vn.hocluat.training;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import vn.hocluat.support.TestDatabase;

/** What the activity page tests share: the running application and one {@link ActivityScene} per class. */
abstract class ActivitySceneTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;

    ActivityScene a;

    @BeforeAll
    void setUp() {
        a = new ActivityScene(context, server);
    }
}
