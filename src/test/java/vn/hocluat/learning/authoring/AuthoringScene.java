package vn.hocluat.learning.authoring;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

/** What the authoring HTTP tests share: the server, course fixtures, a commune and a trainer of it, signed in. */
abstract class AuthoringScene implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    ApplicationContext context;

    CourseFixtures f;
    long commune;
    AuthorSession trainer;

    @BeforeAll
    void scene() {
        f = new CourseFixtures(context);
        commune = f.quiz.commune(f.quiz.province());
        trainer = signIn("TRAINER", commune);
    }

    AuthorSession signIn(String role, long unitId) {
        return new AuthorSession(server.getURI(), f.fixtures.account(role, unitId), Fixtures.PASSWORD);
    }
}
