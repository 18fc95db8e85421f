package relais.marketplace;

import java.util.Objects;
import java.util.UUID;

/** A brief; written as its bare UUID in URLs, JSON and pages. */
public record BriefId(UUID value) {
    public BriefId { Objects.requireNonNull(value, "brief id"); }
    public static BriefId random() { return new BriefId(UUID.randomUUID()); }
    @Override public String toString() { return value.toString(); }
}
