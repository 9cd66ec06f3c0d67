package vn.hocluat.platform.ops;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocluat.platform.metrics.DomainMetrics;
import vn.hocluat.support.TestDatabase;
import vn.hocluat.support.Web;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MetricsTest implements TestDatabase {
    @Inject
    EmbeddedServer server;
    @Inject
    io.micronaut.context.ApplicationContext context;
    @Inject
    DomainMetrics metrics;

    @Test
    void a_page_request_is_counted_in_the_latency_histogram() {
        String loginBucket = "http_server_requests_seconds_bucket{exception=\"none\",method=\"GET\",status=\"200\",uri=\"/login\",le=\"+Inf\"}";
        double before = valueOrZero(scrape(), loginBucket);
        assertEquals(200, new Web(server.getURI()).get("/login").statusCode());
        String after = scrape();
        assertEquals(before + 1, value(after, loginBucket), after);
        // the configured bucket bounds (seconds), not Micrometer's 60-odd default ones
        assertTrue(after.contains("http_server_requests_seconds_bucket{exception=\"none\",method=\"GET\",status=\"200\",uri=\"/login\",le=\"0.25\"}"), after);
        assertTrue(after.contains("# TYPE http_server_requests_seconds histogram"), after);
    }

    @Test
    void domain_metrics_increment_their_counters() {
        String rosterCreated = "hocluat_imports_total{kind=\"roster\",outcome=\"created\"}";
        String rosterUpdated = "hocluat_imports_total{kind=\"roster\",outcome=\"updated\"}";
        String unitsRejected = "hocluat_imports_total{kind=\"units\",outcome=\"rejected\"}";
        String before = scrape();

        metrics.imported(DomainMetrics.ROSTER, 12, 3);
        metrics.importRejected(DomainMetrics.UNITS);
        metrics.attemptStarted();
        metrics.attemptStarted();
        metrics.attemptSubmitted();
        metrics.courseCompleted();

        String after = scrape();
        assertEquals(value(before, rosterCreated) + 12, value(after, rosterCreated));
        assertEquals(value(before, rosterUpdated) + 3, value(after, rosterUpdated));
        assertEquals(value(before, unitsRejected) + 1, value(after, unitsRejected));
        assertEquals(value(before, "hocluat_attempts_started_total") + 2, value(after, "hocluat_attempts_started_total"));
        assertEquals(value(before, "hocluat_attempts_submitted_total") + 1, value(after, "hocluat_attempts_submitted_total"));
        assertEquals(value(before, "hocluat_completions_total") + 1, value(after, "hocluat_completions_total"));
    }

    @Test
    void counters_are_scraped_at_zero_before_their_first_event() {
        String text = scrape();
        for (String kind : new String[] {"roster", "units"}) {
            for (String outcome : new String[] {"created", "updated", "rejected"}) {
                String line = "hocluat_imports_total{kind=\"" + kind + "\",outcome=\"" + outcome + "\"}";
                assertTrue(text.contains(line), line + " missing in\n" + text);
            }
        }
    }

    @Test
    void a_roster_import_counts_its_created_rows_and_a_refused_file() {
        vn.hocluat.support.Fixtures fx = new vn.hocluat.support.Fixtures(context);
        String code = vn.hocluat.support.Fixtures.unique("M");
        long commune = fx.unit(fx.rootId(), code, "Xã Đo Lường", "COMMUNE");
        Web api = new Web(server.getURI()).loginApi(fx.account("MANAGER", commune), vn.hocluat.support.Fixtures.PASSWORD);
        String created = "hocluat_imports_total{kind=\"roster\",outcome=\"created\"}";
        String rejected = "hocluat_imports_total{kind=\"roster\",outcome=\"rejected\"}";
        String before = scrape();
        String p = vn.hocluat.support.Fixtures.unique("DL");
        String csv = "Mã,Họ và tên,Mã đơn vị\n" + p + "1,Nguyễn Văn An," + code + "\n" + p + "2,Trần Thị Hoa," + code + "\n";
        assertEquals(200, api.postFile("/api/v1/people/import", "ds.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of()).statusCode());
        assertEquals(422, api.postFile("/api/v1/people/import", "ds.csv", new byte[0], java.util.Map.of()).statusCode());
        String after = scrape();
        assertEquals(value(before, created) + 2, value(after, created));
        assertEquals(value(before, rejected) + 1, value(after, rejected));
    }

    @Test
    void an_import_kind_that_is_not_a_constant_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> metrics.importRejected("Danh sách"));
    }

    @Test
    void metrics_are_open_when_no_token_is_configured() {
        HttpResponse<String> r = new Web(server.getURI()).get("/prometheus");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
    }

    private String scrape() {
        HttpResponse<String> r = new Web(server.getURI()).get("/prometheus");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static double value(String scrape, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        if (!m.find()) {
            throw new AssertionError(series + " not in the scrape:\n" + scrape);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double valueOrZero(String scrape, String series) {
        return scrape.contains(series + " ") ? value(scrape, series) : 0;
    }
}
