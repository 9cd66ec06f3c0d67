package vn.hocluat.learning;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the CourseCompleted events the application publishes, for tests. */
@Singleton
public class CompletedEvents {
    private final List<CourseCompleted> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CourseCompleted event) {
        events.add(event);
    }

    public List<CourseCompleted> of(long courseId, long accountId) {
        return events.stream().filter(e -> e.courseId() == courseId && e.accountId() == accountId).toList();
    }
}
