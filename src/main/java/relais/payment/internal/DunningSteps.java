package relais.payment.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * When a late payer is reminded of an invoice: 7 and 30 days after its due date (Paris calendar days), each step
 * once. A job that did not run for a while sends only the latest step due, never a stale earlier one after it.
 */
public final class DunningSteps {

    /** Days after the due date on which a client is reminded, in order. */
    public static final List<Integer> STEPS = List.of(7, 30);

    private DunningSteps() {
    }

    /**
     * @param dueOn the invoice's due date
     * @param today today in Paris
     * @param sent  the steps already sent for this invoice
     * @return the step to send today, if any
     */
    public static Optional<Integer> due(LocalDate dueOn, LocalDate today, Collection<Integer> sent) {
        Optional<Integer> latestDue = STEPS.stream().filter(step -> !dueOn.plusDays(step).isAfter(today))
                .reduce((earlier, later) -> later);
        return latestDue.filter(step -> sent.stream().noneMatch(done -> done >= step));
    }
}
