package relais.billing;

import java.util.Objects;
import java.util.UUID;

/** An invoice or credit note; written as its bare UUID in URLs, JSON and pages. */
public record InvoiceId(UUID value) {
    public InvoiceId { Objects.requireNonNull(value, "invoice id"); }
    @Override public String toString() { return value.toString(); }
}
