package relais.payment;

import java.util.Objects;
import java.util.UUID;

/** What the platform owes a freelancer for one self-billed invoice; written as its bare UUID in URLs, JSON and pages. */
public record PayoutId(UUID value) {
    public PayoutId { Objects.requireNonNull(value, "payout id"); }
    @Override public String toString() { return value.toString(); }
}
