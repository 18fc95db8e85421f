package relais.freelancer;

import java.util.Objects;
import java.util.UUID;

/** A freelancer; written as its bare UUID in URLs, JSON and pages. */
public record FreelancerId(UUID value) {
    public FreelancerId { Objects.requireNonNull(value, "freelancer id"); }
    @Override public String toString() { return value.toString(); }
}
