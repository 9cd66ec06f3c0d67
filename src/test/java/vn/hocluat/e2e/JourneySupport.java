package vn.hocluat.e2e;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import vn.hocluat.support.TestDatabase;

/**
 * Base of the browser journeys (run with -Pe2e): the real application on the embedded database,
 * a fresh headless Chromium per journey and viewport.
 */
@Tag("e2e")
abstract class JourneySupport implements TestDatabase {
    @Inject
    EmbeddedServer server;

    final PageChecks checks = new PageChecks();

    Browser browser(String journey, Browser.Viewport viewport) {
        return new Browser(server.getURI().toString(), journey, viewport, checks);
    }
}
