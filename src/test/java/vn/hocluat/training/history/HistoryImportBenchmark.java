package vn.hocluat.training.history;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.support.Fixtures;
import vn.hocluat.support.TestDatabase;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Prints how long a 20,000-row activities file (100 activities of 200 participants) takes to import
 * through the API, and to re-import unchanged. Excluded from the default run:
 * {@code ./mvnw -B test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=HistoryImportBenchmark}
 */
@MicronautTest(transactional = false)
@Property(name = "hocluat.test.today", value = "2026-02-20")
@Tag("benchmark")
class HistoryImportBenchmark implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryImportBenchmark.class);

    @Inject
    ApplicationContext context;
    HistoryScene s;
    String prefix;

    @BeforeAll
    void scene() {
        s = new HistoryScene(context);
        prefix = Fixtures.unique("S");
        s.fx.queryLong("""
                with made as (insert into person (code, full_name, search_name, unit_id, active_from)
                    select ? || '-' || i, 'Người ' || i, 'nguoi ' || i, ?, date '2025-01-01' from generate_series(1, 200) i
                    returning id) select count(*) from made""", prefix, s.communeAId);
    }

    @Test
    void twenty_thousand_rows_import_and_reimport() {
        StringBuilder csv = new StringBuilder(ActivityHistoryImportTest.HEADER).append("\r\n");
        for (int a = 1; a <= 100; a++) {
            for (int p = 1; p <= 200; p++) {
                csv.append(prefix).append("-HD-").append(a).append(',').append(s.communeA).append(",Tập huấn số ").append(a)
                        .append(",luat-pbgdpl,Trực tiếp,10/03/2025,11/03/2025,Hội trường,").append(prefix).append('-').append(p)
                        .append(p % 10 == 0 ? ",Vắng,Không," : ",Có mặt,Có,").append("\r\n");
            }
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        HttpResponse<String> r = s.scene.api(s.managerA).postFile(ActivityHistoryImportTest.API, "lon.csv", file, Map.of());
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(Map.of("created", 100, "updated", 0, "unchanged", 0, "participants", 20_000), s.scene.read(r.body()));
        assertEquals(18_000, s.fx.queryLong("""
                select count(*) from activity_participant ap join training_activity a on a.id = ap.activity_id
                where a.external_ref like ? || '-HD-%' and ap.completed""", prefix));

        started = System.nanoTime();
        HttpResponse<String> again = s.scene.api(s.managerA).postFile(ActivityHistoryImportTest.API, "lon.csv", file, Map.of());
        long secondMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(Map.of("created", 0, "updated", 0, "unchanged", 100, "participants", 0), s.scene.read(again.body()));
        LOG.info("History import benchmark ({} cores): 20,000 rows first import {} ms, unchanged re-import {} ms",
                Runtime.getRuntime().availableProcessors(), firstMs, secondMs);
    }
}
