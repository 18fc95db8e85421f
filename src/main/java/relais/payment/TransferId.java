package relais.payment;

import java.util.Objects;
import java.util.UUID;

/** A SEPA credit transfer file carrying payouts; written as its bare UUID in URLs, JSON and pages. */
public record TransferId(UUID value) {
    public TransferId { Objects.requireNonNull(value, "transfer id"); }
    @Override public String toString() { return value.toString(); }
}
