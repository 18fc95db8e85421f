package relais.company;

import java.util.Objects;
import java.util.UUID;

/** A person of a client company; written as its bare UUID in URLs, JSON and pages. */
public record PersonId(UUID value) {
    public PersonId { Objects.requireNonNull(value, "person id"); }
    @Override public String toString() { return value.toString(); }
}
