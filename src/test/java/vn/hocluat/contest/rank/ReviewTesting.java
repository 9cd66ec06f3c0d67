package vn.hocluat.contest.rank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import vn.hocluat.support.TestDatabase;

/** What the ranking and review tests share: the services under test and a fresh {@link RankScene} per class. */
abstract class ReviewTesting implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    ReviewService review;
    @Inject
    ReviewReads reads;

    RankScene scene;

    @BeforeAll
    void setUpScene() {
        scene = new RankScene(context, server.getURI());
    }
}
