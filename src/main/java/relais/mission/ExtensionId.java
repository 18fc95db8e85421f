package relais.mission;

import java.util.Objects;
import java.util.UUID;

/** An extension (avenant) of a mission; written as its bare UUID in URLs, JSON and pages. */
public record ExtensionId(UUID value) {
    public ExtensionId { Objects.requireNonNull(value, "extension id"); }
    @Override public String toString() { return value.toString(); }
}
