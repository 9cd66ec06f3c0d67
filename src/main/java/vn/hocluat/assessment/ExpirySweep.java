package vn.hocluat.assessment;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes, every 30 s, the attempts left open past deadline + grace (the pages also do it lazily when they read one). */
@Singleton
class ExpirySweep {
    private static final Logger LOG = LoggerFactory.getLogger(ExpirySweep.class);
    private final AttemptService attempts;

    ExpirySweep(AttemptService attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelay = "${hocluat.assessment.sweep-interval:30s}", initialDelay = "${hocluat.assessment.sweep-interval:30s}")
    void run() {
        int closed = attempts.expireDue();
        if (closed > 0) {
            LOG.info("Expiry sweep closed {} overdue attempts", closed);
        }
    }
}
