package relais.billing.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When a client who leaves an activity report unanswered is reminded: on the 3rd and the 7th day after its
 * submission (Paris calendar days), each reminder once. A job that did not run for a while sends only the latest
 * reminder due, never a burst of stale ones, and never an earlier one after a later one.
 */
final class SilentClientReminders {

    /** Days after submission on which a silent client is reminded, in order. */
    static final List<Integer> STEPS = List.of(3, 7);

    private SilentClientReminders() {
    }

    /**
     * @param submittedOn the report's submission day in Paris
     * @param today       today in Paris
     * @param sent        the steps already sent for this report
     * @return the step to send today, if any
     */
    static Optional<Integer> due(LocalDate submittedOn, LocalDate today, Collection<Integer> sent) {
        Optional<Integer> latestDue = STEPS.stream().filter(step -> !submittedOn.plusDays(step).isAfter(today))
                .reduce((earlier, later) -> later);
        return latestDue.filter(step -> sent.stream().noneMatch(done -> done >= step));
    }
}
