package vn.hocluat.platform.text;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock "today" is read from (in Asia/Ho_Chi_Minh), as a bean so tests can fix the day that
 * decides what is overdue; steps aside when another Clock bean is defined (a test's fixed clock).
 */
@Factory
class ClockFactory {
    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.system(Dates.ZONE);
    }
}
