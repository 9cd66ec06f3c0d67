package vn.hocluat.learning.player;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.learning.CourseFixtures;
import vn.hocluat.learning.MediaStore;
import vn.hocluat.support.TestDatabase;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The chunked reader behind media responses: exact bytes of a range, read on another thread than the request's. */
@MicronautTest(transactional = false)
class MediaStreamTest implements TestDatabase {
    @Inject
    ApplicationContext context;
    @Inject
    MediaStore store;

    @Test
    void reads_exactly_the_range_on_a_pool_thread() throws Exception {
        CourseFixtures f = new CourseFixtures(context);
        long course = f.course(f.quiz.commune(f.quiz.province()), "PUBLIC", true, true).id();
        long id = store.put(course, "a.mp3", "audio/mpeg", new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertArrayEquals(new byte[] {2, 3, 4, 5, 6}, pool.submit(() -> new MediaStream(store, id, 2, 5).readAllBytes()).get());
            assertArrayEquals(new byte[] {10, 11}, pool.submit(() -> new MediaStream(store, id, 10, 2).readAllBytes()).get());
        } finally {
            pool.shutdown();
        }
    }
}
