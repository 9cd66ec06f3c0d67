package vn.hocluat.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

import java.util.regex.Pattern;

/**
 * Counters of what users do, scraped at /prometheus for dashboards and alerts. Features call one
 * method at the moment the fact is stored (after the transaction that stores it has succeeded).
 * <ul>
 *   <li>{@code hocluat_imports_total{kind, outcome}}: outcome {@code created} and {@code updated}
 *   count rows written by accepted imports; {@code rejected} counts import files refused as a whole
 *   (imports are all-or-nothing, so a rejected file wrote nothing)</li>
 *   <li>{@code hocluat_attempts_started_total}, {@code hocluat_attempts_submitted_total}: quiz and
 *   contest attempts</li>
 *   <li>{@code hocluat_completions_total}: course completions</li>
 * </ul>
 */
// created at start-up, so that every counter is scraped (at 0) before its first event
@Context
public class DomainMetrics {
    /** Import kinds; a new importer adds its own constant (lower case, no spaces). */
    public static final String ROSTER = "roster";
    public static final String UNITS = "units";

    static final String IMPORTS = "hocluat.imports";
    static final String ATTEMPTS_STARTED = "hocluat.attempts.started";
    static final String ATTEMPTS_SUBMITTED = "hocluat.attempts.submitted";
    static final String COMPLETIONS = "hocluat.completions";
    // tag values become time series: a fixed vocabulary, never user input
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    private final MeterRegistry registry;
    private final Counter attemptsStarted;
    private final Counter attemptsSubmitted;
    private final Counter completions;

    DomainMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.attemptsStarted = Counter.builder(ATTEMPTS_STARTED).description("Quiz and contest attempts started").register(registry);
        this.attemptsSubmitted = Counter.builder(ATTEMPTS_SUBMITTED).description("Quiz and contest attempts submitted").register(registry);
        this.completions = Counter.builder(COMPLETIONS).description("Course completions").register(registry);
        for (String kind : new String[] {ROSTER, UNITS}) {
            for (String outcome : new String[] {"created", "updated", "rejected"}) {
                imports(kind, outcome);
            }
        }
    }

    /** An accepted import of the given kind ({@link #ROSTER}, {@link #UNITS}, …) wrote these rows. */
    public void imported(String kind, int created, int updated) {
        imports(kind, "created").increment(created);
        imports(kind, "updated").increment(updated);
    }

    /** An import file of the given kind was refused as a whole (bad file or bad rows). */
    public void importRejected(String kind) {
        imports(kind, "rejected").increment();
    }

    public void attemptStarted() {
        attemptsStarted.increment();
    }

    public void attemptSubmitted() {
        attemptsSubmitted.increment();
    }

    public void courseCompleted() {
        completions.increment();
    }

    private Counter imports(String kind, String outcome) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("import kind must be a constant like DomainMetrics.ROSTER, not " + kind);
        }
        return Counter.builder(IMPORTS).description("Rows written by accepted imports, and rejected import files")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }
}
