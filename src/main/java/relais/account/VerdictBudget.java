package relais.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.account.internal.Buckets;
import relais.account.internal.PerMinuteBudget;

/**
 * One budget of verdicts per account, shared by every way of getting one (the verdict API and page, a report and
 * its form), so nobody sweeps addresses by switching doors. A token bucket: a full minute's worth may be spent at
 * once, then it refills steadily, one token every 60/N seconds; there is no window edge to time a burst around.
 * Held in the database, so the budget is the same on every app node.
 */
@Component
public class VerdictBudget {

    private final PerMinuteBudget budget;

    VerdictBudget(Buckets buckets, @Value("${relais.guard.direct-work-per-minute:60}") long perMinute) {
        this.budget = new PerMinuteBudget(buckets, "verdicts", perMinute, "relais.guard.direct-work-per-minute",
                "throttle.verdicts", "Too many verdicts asked in a short time; try again in %d s.");
    }

    /** Takes one verdict from the asker's budget, or refuses with the wait until the next one. */
    public void spend(RelaisUser asker) {
        budget.spend(asker.id().toString());
    }
}
