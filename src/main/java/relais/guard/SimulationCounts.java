package relais.guard;

import java.time.LocalDate;

/**
 * On one day: how many (freelancer, person) pairs are protected under the real policy and under the hypothesis,
 * and how many would change each way (protected now but free under the hypothesis, and the reverse).
 */
public record SimulationCounts(LocalDate on, long protectedNow, long protectedSimulated, long becomeFree,
        long becomeProtected) {
}
