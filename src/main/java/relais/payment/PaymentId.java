package relais.payment;

import java.util.Objects;
import java.util.UUID;

/** A payment received on a platform invoice; written as its bare UUID in URLs, JSON and pages. */
public record PaymentId(UUID value) {
    public PaymentId { Objects.requireNonNull(value, "payment id"); }
    @Override public String toString() { return value.toString(); }
}
