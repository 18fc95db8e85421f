package relais.guard.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored stretches close to the facts, so that the list of relationships ending soon seldom has much to
 * compute when someone asks. Any node may run it at any time: the stretches' stamps make it idempotent.
 */
@Component
class StretchRefreshJob {

    private final ProtectedStretches stretches;

    StretchRefreshJob(ProtectedStretches stretches) {
        this.stretches = stretches;
    }

    @Scheduled(fixedDelayString = "${relais.guard.stretches.refresh-every:PT1M}",
            initialDelayString = "${relais.guard.stretches.initial-delay:PT2M}")
    void run() {
        stretches.refresh();
    }
}
