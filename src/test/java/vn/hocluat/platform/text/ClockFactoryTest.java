package vn.hocluat.platform.text;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.support.TestDatabase;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a test clock the application reads today from the system clock in Asia/Ho_Chi_Minh. */
@MicronautTest(transactional = false)
class ClockFactoryTest implements TestDatabase {
    @Inject
    Clock clock;

    @Test
    void the_application_clock_is_the_system_clock_in_vietnam() {
        assertEquals(Dates.ZONE, clock.getZone());
        assertTrue(Math.abs(clock.millis() - System.currentTimeMillis()) < 5_000);
    }
}
