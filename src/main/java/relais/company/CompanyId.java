package relais.company;

import java.util.Objects;
import java.util.UUID;

/** A client company; written as its bare UUID in URLs, JSON and pages. */
public record CompanyId(UUID value) {
    public CompanyId { Objects.requireNonNull(value, "company id"); }
    @Override public String toString() { return value.toString(); }
}
