package relais.payment;

import java.util.Objects;
import java.util.UUID;

/** An imported bank statement (camt.053); written as its bare UUID in URLs, JSON and pages. */
public record BankStatementId(UUID value) {
    public BankStatementId { Objects.requireNonNull(value, "bank statement id"); }
    @Override public String toString() { return value.toString(); }
}
