package vn.hocluat.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.assessment.quiz.QuizService;
import vn.hocluat.platform.security.CurrentUser;
import vn.hocluat.support.TestDatabase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Start + submit of a 20-question attempt (drawn from 30), in-process against the embedded
 * PostgreSQL, by many takers on parallel threads; logs attempts/s and latencies. Run with
 * ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=AttemptBenchmark
 * (-Dbench.attempts=… -Dbench.threads=… to change the load).
 */
@Tag("benchmark")
@MicronautTest(transactional = false)
class AttemptBenchmark implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(AttemptBenchmark.class);

    @Inject
    ApplicationContext context;
    @Inject
    AttemptService attempts;
    @Inject
    QuizService quizzes;

    @Test
    void start_and_submit_twenty_question_attempts() throws Exception {
        int total = Integer.getInteger("bench.attempts", 6000);
        int threads = Integer.getInteger("bench.threads", 16);
        QuizFixtures f = new QuizFixtures(context);
        long commune = f.commune(f.province());
        CurrentUser trainer = f.user("TRAINER", commune);
        long bank = f.bankOfSingles(commune, "Ngân hàng đo tải", 30, "Câu đo tải ", 3);
        long quiz = quizzes.create(trainer, QuizFixtures.drawQuiz("Đề đo tải", commune, bank, 20, "15", "1"));
        run(quiz, 0, 500, threads, new long[500], new long[500]);

        long[] startNanos = new long[total];
        long[] submitNanos = new long[total];
        long began = System.nanoTime();
        run(quiz, 1_000_000, total, threads, startNanos, submitNanos);
        double seconds = (System.nanoTime() - began) / 1e9;
        assertEquals(total, f.fixtures.queryLong("select count(*) from attempt where quiz_id = ? and taker_id >= 1000000 and state = 'SUBMITTED'", quiz));
        LOG.info("AttemptBenchmark: {} attempts (start + submit, 20 questions) on {} threads in {} s = {} attempts/s; "
                        + "start p50 {} ms p95 {} ms; submit p50 {} ms p95 {} ms", total, threads, String.format("%.2f", seconds),
                String.format("%.0f", total / seconds), ms(startNanos, 50), ms(startNanos, 95), ms(submitNanos, 50), ms(submitNanos, 95));
    }

    private void run(long quiz, long firstTaker, int count, int threads, long[] startNanos, long[] submitNanos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        List<Response> answers = new ArrayList<>();
        for (int q = 0; q < 20; q++) {
            answers.add(Response.chosen(List.of(q % 4)));
        }
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Taker taker = new Taker("BENCH", firstTaker + i);
                    long t0 = System.nanoTime();
                    long id = attempts.start(quiz, taker, "10.0.0.1", "bench").attemptId();
                    long t1 = System.nanoTime();
                    attempts.submit(id, taker, answers);
                    startNanos[(int) i] = t1 - t0;
                    submitNanos[(int) i] = System.nanoTime() - t1;
                }
                return null;
            }));
        }
        for (Future<?> fu : futures) {
            fu.get();
        }
        pool.shutdown();
    }

    private static String ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("%.1f", sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6);
    }
}
