package vn.hocluat.contest.play;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hocluat.assessment.AttemptClosed;

/**
 * Copies an entrant's closed attempt (submitted, or expired by the sweep) into its entry. Must not
 * throw: the submit has succeeded; an entry left behind is caught up by {@link EntryService#reconcile}.
 */
@Singleton
class EntryResults {
    private static final Logger LOG = LoggerFactory.getLogger(EntryResults.class);

    private final EntryStore store;

    EntryResults(EntryStore store) {
        this.store = store;
    }

    @EventListener
    void onAttemptClosed(AttemptClosed event) {
        if (!EntryStore.ENTRANT.equals(event.taker().kind())) {
            return;
        }
        try {
            store.finish(event.attemptId());
        } catch (RuntimeException e) {
            LOG.error("Could not copy the result of attempt {} into its contest entry", event.attemptId(), e);
        }
    }
}
