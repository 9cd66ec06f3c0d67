package vn.hocluat.platform.ops;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Test-only endpoints of the operations tests; present only where hocluat.test.probes=true. */
@Controller("/test/probe")
@Requires(property = "hocluat.test.probes", value = "true")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OpsProbes {
    static final Logger LOG = LoggerFactory.getLogger("hocluat.test.probe");
    final CountDownLatch slowStarted = new CountDownLatch(1);
    final CountDownLatch slowRelease = new CountDownLatch(1);

    /** Logs a line and answers the request id the MDC holds on the blocking thread, and that thread's name. */
    @Get("/mdc")
    String mdc() {
        LOG.info("probe on the blocking executor");
        return MDC.get("requestId") + "|" + Thread.currentThread().getName();
    }

    /** Stays in flight until the test releases it. */
    @Get("/slow")
    String slow() throws InterruptedException {
        slowStarted.countDown();
        if (!slowRelease.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the slow request");
        }
        return "done";
    }
}
