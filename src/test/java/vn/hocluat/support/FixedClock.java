package vn.hocluat.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hocluat.platform.text.Dates;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Fixes "today" for a test class that sets hocluat.test.today (yyyy-MM-dd): the clock stands at
 * 09:00 of that day in Asia/Ho_Chi_Minh, so overdue and due-soon are decided on a known date.
 */
@Factory
@Requires(property = "hocluat.test.today")
public class FixedClock {
    @Singleton
    Clock clock(@Value("${hocluat.test.today}") String day) {
        return Clock.fixed(LocalDate.parse(day).atTime(9, 0).atZone(Dates.ZONE).toInstant(), Dates.ZONE);
    }
}
