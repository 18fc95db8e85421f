package relais.mission;

import java.util.Objects;
import java.util.UUID;

/** A mission; written as its bare UUID in URLs, JSON and pages. */
public record MissionId(UUID value) {
    public MissionId { Objects.requireNonNull(value, "mission id"); }
    @Override public String toString() { return value.toString(); }
}
