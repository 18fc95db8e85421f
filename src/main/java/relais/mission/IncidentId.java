package relais.mission;

import java.util.Objects;
import java.util.UUID;

/** An incident declared on a mission; written as its bare UUID in URLs, JSON and pages. */
public record IncidentId(UUID value) {
    public IncidentId { Objects.requireNonNull(value, "incident id"); }
    @Override public String toString() { return value.toString(); }
}
